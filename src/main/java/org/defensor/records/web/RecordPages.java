package org.defensor.records.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.records.RecordService;
import org.defensor.security.Access;
import org.defensor.shared.InvalidRecordException;
import org.defensor.web.ApiProblems.FieldError;
import org.defensor.web.AuditPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages every kind of record has: new and edit forms, saving them, delete, history. A
 * subclass chooses the path, the form type and how the form becomes a record, and adds its list
 * and view pages.
 */
abstract class RecordPages<D, F> {

    private final RecordService<D> service;
    private final String path;

    RecordPages(RecordService<D> service, String path) {
        this.service = service;
        this.path = path;
    }

    abstract F newForm();

    abstract F formOf(D record);

    /** The record the form describes; a field it cannot read goes to {@code errors}. */
    abstract D toData(F form, UUID id, D stored, List<FieldError> errors);

    abstract UUID idOf(D record);

    /** Shows the form (with the choices it offers). */
    abstract String form(Model model, F form, UUID id);

    @GetMapping("/new")
    @PreAuthorize(Access.WRITE)
    public String create(Model model) {
        return form(model, newForm(), null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Access.WRITE)
    public String edit(@PathVariable UUID id, Model model) {
        return form(model, formOf(service.get(id)), id);
    }

    @PostMapping
    @PreAuthorize(Access.WRITE)
    public String save(@ModelAttribute("form") F form, Model model) {
        return save(form, null, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public String update(@PathVariable UUID id, @ModelAttribute("form") F form, Model model) {
        return save(form, id, model);
    }

    /** The record's page when it was saved; otherwise the form again, as typed, with every reason. */
    private String save(F form, UUID id, Model model) {
        try {
            List<FieldError> errors = new ArrayList<>();
            D data = toData(form, id, id == null ? null : service.get(id), errors);
            if (!errors.isEmpty()) {
                model.addAttribute("errors", errors);
                return form(model, form, id);
            }
            D saved = id == null ? service.create(data) : service.update(id, data);
            return "redirect:/" + path + "/" + idOf(saved);
        } catch (InvalidRecordException e) {
            FormSupport.refused(model, e);
            return form(model, form, id);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Access.WRITE)
    public String delete(@PathVariable UUID id, @RequestParam long version) {
        service.delete(id, version);
        return "redirect:/" + path;
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public String history(@PathVariable UUID id, Model model) {
        return AuditPage.of(model, service.displayName(id), "/" + path + "/" + id, service.history(id), false);
    }

    @GetMapping("/{id}/views")
    @PreAuthorize(Access.ADMIN)
    public String views(@PathVariable UUID id, Model model) {
        return AuditPage.of(model, service.displayName(id), "/" + path + "/" + id, service.views(id), true);
    }
}

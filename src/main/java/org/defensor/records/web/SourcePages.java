package org.defensor.records.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.records.RecordFilter;
import org.defensor.records.Reliability;
import org.defensor.records.SourceData;
import org.defensor.records.SourceKind;
import org.defensor.records.Sources;
import org.defensor.security.Access;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.InvalidRecordException;
import org.defensor.web.ApiProblems;
import org.defensor.web.PageData;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for sources: list, form, view, history. */
@Controller
@RequestMapping("/sources")
class SourcePages {

    private final Sources sources;

    SourcePages(Sources sources) {
        this.sources = sources;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) SourceKind kind,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        RecordFilter filter = new RecordFilter(q, null, null, kind == null ? null : kind.name());
        model.addAttribute("page", PageData.of(sources.list(filter, PageRequest.of(Math.max(page, 0), 50))));
        model.addAttribute("q", q);
        model.addAttribute("kinds", SourceKind.values());
        return "sources/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public String view(@PathVariable UUID id, Model model) {
        model.addAttribute("source", sources.get(id));
        return "sources/view";
    }

    @GetMapping("/new")
    @PreAuthorize(Access.WRITE)
    public String create(Model model) {
        return form(model, new SourceForm(), null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Access.WRITE)
    public String edit(@PathVariable UUID id, Model model) {
        return form(model, SourceForm.of(sources.get(id)), id);
    }

    @PostMapping
    @PreAuthorize(Access.WRITE)
    public String save(@ModelAttribute("form") SourceForm form, Model model) {
        return save(form, null, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public String update(@PathVariable UUID id, @ModelAttribute("form") SourceForm form, Model model) {
        return save(form, id, model);
    }

    private String save(SourceForm form, UUID id, Model model) {
        List<ApiProblems.FieldError> errors = new ArrayList<>();
        SourceData data = form.toData(id, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return form(model, form, id);
        }
        try {
            SourceData saved = id == null ? sources.create(data) : sources.update(id, data);
            return "redirect:/sources/" + saved.id();
        } catch (InvalidRecordException e) {
            FormSupport.refused(model, e);
            return form(model, form, id);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Access.WRITE)
    public String delete(@PathVariable UUID id, @RequestParam long version) {
        sources.delete(id, version);
        return "redirect:/sources";
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public String history(@PathVariable UUID id, Model model) {
        model.addAttribute("title", sources.displayName(id));
        model.addAttribute("back", "/sources/" + id);
        model.addAttribute("entries", sources.history(id));
        return "history";
    }

    private String form(Model model, SourceForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute("reliabilities", Reliability.values());
        model.addAttribute("levels", Confidentiality.values());
        return "sources/form";
    }
}

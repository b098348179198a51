package org.defensor.records.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.records.CaseFiles;
import org.defensor.records.CitationData;
import org.defensor.records.PersonData;
import org.defensor.records.PersonKind;
import org.defensor.records.PersonRole;
import org.defensor.records.Persons;
import org.defensor.records.RecordFilter;
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

/** Pages for persons and groups: list, form, case file, history. */
@Controller
@RequestMapping("/persons")
class PersonPages {

    private final Persons persons;
    private final CaseFiles caseFiles;
    private final FormSupport forms;

    PersonPages(Persons persons, CaseFiles caseFiles, FormSupport forms) {
        this.persons = persons;
        this.caseFiles = caseFiles;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", PageData.of(persons.list(new RecordFilter(q, null, null, kind), PageRequest.of(Math.max(page, 0), 50))));
        model.addAttribute("q", q);
        model.addAttribute("kinds", PersonKind.values());
        return "persons/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public String caseFile(@PathVariable UUID id, Model model) {
        model.addAttribute("person", persons.get(id));
        model.addAttribute("caseFile", caseFiles.caseFile(id));
        return "casefile";
    }

    @GetMapping("/new")
    @PreAuthorize(Access.WRITE)
    public String create(Model model) {
        return form(model, new PersonForm(), null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Access.WRITE)
    public String edit(@PathVariable UUID id, Model model) {
        return form(model, PersonForm.of(persons.get(id)), id);
    }

    @PostMapping
    @PreAuthorize(Access.WRITE)
    public String save(@ModelAttribute("form") PersonForm form, Model model) {
        return save(form, null, List.of(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public String update(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, Model model) {
        return save(form, id, persons.get(id).sources(), model);
    }

    private String save(PersonForm form, UUID id, List<CitationData> sources, Model model) {
        List<ApiProblems.FieldError> errors = new ArrayList<>();
        PersonData data = form.toData(id, sources, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return form(model, form, id);
        }
        try {
            PersonData saved = id == null ? persons.create(data) : persons.update(id, data);
            return "redirect:/persons/" + saved.id();
        } catch (InvalidRecordException e) {
            FormSupport.refused(model, e);
            return form(model, form, id);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Access.WRITE)
    public String delete(@PathVariable UUID id, @RequestParam long version) {
        persons.delete(id, version);
        return "redirect:/persons";
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public String history(@PathVariable UUID id, Model model) {
        model.addAttribute("title", persons.displayName(id));
        model.addAttribute("back", "/persons/" + id);
        model.addAttribute("entries", persons.history(id));
        return "history";
    }

    /** One more affiliation row for the form (htmx). */
    @GetMapping("/form/affiliation")
    @PreAuthorize(Access.WRITE)
    public String affiliationRow(@RequestParam int index, Model model) {
        model.addAttribute("index", index);
        model.addAttribute("row", new PersonForm.Affiliation());
        model.addAttribute("organisations", forms.organisations());
        return "persons/affiliation :: affiliation";
    }

    private String form(Model model, PersonForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("levels", Confidentiality.values());
        model.addAttribute("organisations", forms.organisations());
        return "persons/form";
    }
}

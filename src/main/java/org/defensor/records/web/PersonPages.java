package org.defensor.records.web;

import java.util.List;
import java.util.UUID;
import org.defensor.records.CaseFiles;
import org.defensor.records.PersonData;
import org.defensor.records.PersonKind;
import org.defensor.records.PersonRole;
import org.defensor.records.Persons;
import org.defensor.records.RecordFilter;
import org.defensor.security.Access;
import org.defensor.shared.Confidentiality;
import org.defensor.web.ApiProblems;
import org.defensor.web.PageData;
import org.defensor.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for persons and groups: list, form, case file, history. */
@Controller
@RequestMapping("/persons")
class PersonPages extends RecordPages<PersonData, PersonForm> {

    private final Persons persons;
    private final CaseFiles caseFiles;
    private final FormSupport forms;

    PersonPages(Persons persons, CaseFiles caseFiles, FormSupport forms) {
        super(persons, "persons");
        this.persons = persons;
        this.caseFiles = caseFiles;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", PageData.of(persons.list(new RecordFilter(q, null, null, kind), new Paging(page, 50).request())));
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

    /** One more affiliation row for the form (htmx). */
    @GetMapping("/form/affiliation")
    @PreAuthorize(Access.WRITE)
    public String affiliationRow(@RequestParam int index, Model model) {
        model.addAttribute("index", index);
        model.addAttribute("row", new PersonForm.Affiliation());
        model.addAttribute("organisations", forms.organisations());
        return "persons/affiliation :: affiliation";
    }

    @Override
    PersonForm newForm() {
        return new PersonForm();
    }

    @Override
    PersonForm formOf(PersonData record) {
        return PersonForm.of(record);
    }

    @Override
    PersonData toData(PersonForm form, UUID id, PersonData stored, List<ApiProblems.FieldError> errors) {
        return form.toData(id, stored == null ? List.of() : stored.sources(), errors);
    }

    @Override
    UUID idOf(PersonData record) {
        return record.id();
    }

    @Override
    String form(Model model, PersonForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("levels", Confidentiality.values());
        model.addAttribute("organisations", forms.organisations());
        return "persons/form";
    }
}

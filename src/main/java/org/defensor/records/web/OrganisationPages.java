package org.defensor.records.web;

import java.util.List;
import java.util.UUID;
import org.defensor.records.CaseFiles;
import org.defensor.records.OrganisationData;
import org.defensor.records.OrganisationKind;
import org.defensor.records.Organisations;
import org.defensor.records.RecordFilter;
import org.defensor.records.RegistrationStatus;
import org.defensor.security.Access;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.RecordNotFoundException;
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

/** Pages for organisations: list, form, case file, history. */
@Controller
@RequestMapping("/organisations")
class OrganisationPages extends RecordPages<OrganisationData, OrganisationForm> {

    private final Organisations organisations;
    private final CaseFiles caseFiles;
    private final FormSupport forms;

    OrganisationPages(Organisations organisations, CaseFiles caseFiles, FormSupport forms) {
        super(organisations, "organisations");
        this.organisations = organisations;
        this.caseFiles = caseFiles;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationKind kind,
                       @RequestParam(required = false) String country, @RequestParam(defaultValue = "0") int page, Model model) {
        RecordFilter filter = new RecordFilter(q, OrganisationForm.countryCode(country), null,
                kind == null ? null : kind.name());
        model.addAttribute("page", PageData.of(organisations.list(filter, new Paging(page, 50).request())));
        model.addAttribute("q", q);
        model.addAttribute("country", country);
        model.addAttribute("kinds", OrganisationKind.values());
        return "organisations/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public String caseFile(@PathVariable UUID id, Model model) {
        OrganisationData organisation = organisations.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("parentName", parentName(organisation.parentId()));
        model.addAttribute("caseFile", caseFiles.caseFile(id));
        return "casefile";
    }

    /** The parent's name, or null when the reader may not see the parent. */
    private String parentName(UUID parentId) {
        try {
            return parentId == null ? null : organisations.displayName(parentId);
        } catch (RecordNotFoundException e) {
            return null;
        }
    }

    @Override
    OrganisationForm newForm() {
        return new OrganisationForm();
    }

    @Override
    OrganisationForm formOf(OrganisationData record) {
        return OrganisationForm.of(record);
    }

    @Override
    OrganisationData toData(OrganisationForm form, UUID id, OrganisationData stored, List<ApiProblems.FieldError> errors) {
        return form.toData(id, stored == null ? List.of() : stored.sources());
    }

    @Override
    UUID idOf(OrganisationData record) {
        return record.id();
    }

    @Override
    String form(Model model, OrganisationForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("statuses", RegistrationStatus.values());
        model.addAttribute("levels", Confidentiality.values());
        // An organisation cannot be its own parent, so it is not offered as one.
        model.addAttribute("organisations", forms.organisations().stream()
                .filter(c -> id == null || !c.value().equals(id.toString())).toList());
        return "organisations/form";
    }
}

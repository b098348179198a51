package org.defensor.records.web;

import java.util.List;
import java.util.UUID;
import org.defensor.records.ActType;
import org.defensor.records.CaseFiles;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.InformationStatus;
import org.defensor.records.InvolvementDegree;
import org.defensor.records.LegalCatalogue;
import org.defensor.records.Outcome;
import org.defensor.records.PerpetratorType;
import org.defensor.records.Persons;
import org.defensor.records.ProceedingKind;
import org.defensor.records.ProceedingPurpose;
import org.defensor.records.RecordFilter;
import org.defensor.records.RelationKind;
import org.defensor.records.Right;
import org.defensor.records.Sources;
import org.defensor.records.Theme;
import org.defensor.security.Access;
import org.defensor.shared.CalendarYear;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.InvalidRecordException;
import org.defensor.web.ApiProblems;
import org.defensor.web.PageData;
import org.defensor.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for incidents: list, view, and the form that edits an incident with its acts and proceedings. */
@Controller
@RequestMapping("/incidents")
class IncidentPages extends RecordPages<IncidentData, IncidentForm> {

    private final Incidents incidents;
    private final Persons persons;
    private final Sources sources;
    private final LegalCatalogue catalogue;
    private final CaseFiles caseFiles;
    private final FormSupport forms;

    IncidentPages(Incidents incidents, Persons persons, Sources sources, LegalCatalogue catalogue, CaseFiles caseFiles,
                  FormSupport forms) {
        super(incidents, "incidents");
        this.incidents = incidents;
        this.persons = persons;
        this.sources = sources;
        this.catalogue = catalogue;
        this.caseFiles = caseFiles;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
                       @RequestParam(required = false) CalendarYear year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", PageData.of(incidents.list(new RecordFilter(q, country, CalendarYear.number(year), null),
                new Paging(page, 50).request())));
        return "incidents/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public String view(@PathVariable UUID id, Model model) {
        IncidentData incident = incidents.get(id);
        model.addAttribute("incident", incident);
        model.addAttribute("refs", caseFiles.references(List.of(incident)));
        model.addAttribute("responses", caseFiles.stateResponses(List.of(incident)));
        return "incidents/view";
    }

    // ---- rows the form adds with htmx ----------------------------------------------------------

    @GetMapping("/form/act")
    @PreAuthorize(Access.WRITE)
    public String actRow(@RequestParam int index, Model model) {
        choices(model);
        model.addAttribute("a", index);
        model.addAttribute("act", new IncidentForm.Act());
        return "incidents/rows :: act";
    }

    @GetMapping("/form/perpetrator")
    @PreAuthorize(Access.WRITE)
    public String perpetratorRow(@RequestParam int act, @RequestParam int index, Model model) {
        choices(model);
        model.addAttribute("a", act);
        model.addAttribute("p", index);
        model.addAttribute("perpetrator", new IncidentForm.Perpetrator());
        return "incidents/rows :: perpetrator";
    }

    @GetMapping("/form/proceeding")
    @PreAuthorize(Access.WRITE)
    public String proceedingRow(@RequestParam int index, Model model) {
        choices(model);
        model.addAttribute("r", index);
        model.addAttribute("proceeding", new IncidentForm.Proceeding());
        return "incidents/rows :: proceeding";
    }

    @GetMapping("/form/decision")
    @PreAuthorize(Access.WRITE)
    public String decisionRow(@RequestParam int proceeding, @RequestParam int index, Model model) {
        choices(model);
        model.addAttribute("r", proceeding);
        model.addAttribute("d", index);
        model.addAttribute("decision", new IncidentForm.Decision());
        return "incidents/rows :: decision";
    }

    @GetMapping("/form/citation")
    @PreAuthorize(Access.WRITE)
    public String citationRow(@RequestParam String prefix, @RequestParam int index, Model model) {
        if (!prefix.matches("((acts|proceedings)\\[\\d+]\\.)?sources")) {
            throw new InvalidRecordException("prefix", "is not a list of sources of this form");
        }
        choices(model);
        model.addAttribute("prefix", prefix);
        model.addAttribute("c", index);
        model.addAttribute("citation", new IncidentForm.Citation());
        return "incidents/rows :: citation";
    }

    @Override
    IncidentForm newForm() {
        return new IncidentForm();
    }

    @Override
    IncidentForm formOf(IncidentData record) {
        return IncidentForm.of(record);
    }

    @Override
    IncidentData toData(IncidentForm form, UUID id, IncidentData stored, List<ApiProblems.FieldError> errors) {
        return form.toData(id, errors);
    }

    @Override
    UUID idOf(IncidentData record) {
        return record.id();
    }

    @Override
    String form(Model model, IncidentForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        choices(model);
        return "incidents/form";
    }

    private void choices(Model model) {
        model.addAttribute("parties", forms.parties());
        model.addAttribute("organisations", forms.organisations());
        model.addAttribute("persons", persons.list(RecordFilter.NONE, PageRequest.of(0, 2000)).getContent());
        model.addAttribute("sourceChoices", sources.list(RecordFilter.NONE, PageRequest.of(0, 2000)).getContent());
        model.addAttribute("provisions", catalogue.provisions());
        model.addAttribute("incidentChoices", incidents.list(RecordFilter.NONE, PageRequest.of(0, 500)).getContent());
        model.addAttribute("actTypes", ActType.values());
        model.addAttribute("rights", Right.values());
        model.addAttribute("degrees", InvolvementDegree.values());
        model.addAttribute("perpetratorTypes", PerpetratorType.values());
        model.addAttribute("proceedingKinds", ProceedingKind.values());
        model.addAttribute("purposes", ProceedingPurpose.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("statuses", InformationStatus.values());
        model.addAttribute("levels", Confidentiality.values());
        model.addAttribute("relationKinds", RelationKind.values());
        model.addAttribute("units", IncidentForm.Unit.values());
    }
}

package org.defensor.communications.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.defensor.shared.CalendarYear;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Communications;
import org.defensor.communications.Drafting;
import org.defensor.letters.LetterTemplates;
import org.defensor.letters.TemplateKind;
import org.defensor.mandates.Mandates;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.Persons;
import org.defensor.records.RecordFilter;
import org.defensor.security.Access;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.web.ApiProblems.FieldError;
import org.defensor.web.FormText;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Drafting a communication from records: the desk picks the persons and the year, the form offers the
 * incidents concerning all of them in that year, and shows the reference the draft will get.
 */
@Controller
@RequestMapping("/communications")
class DraftPages {

    private static final int MOST_INCIDENTS = 500;

    private final Drafting drafting;
    private final Communications communications;
    private final Incidents incidents;
    private final Persons persons;
    private final Mandates mandates;
    private final LetterTemplates templates;
    private final Clock clock;

    DraftPages(Drafting drafting, Communications communications, Incidents incidents, Persons persons, Mandates mandates,
               LetterTemplates templates, Clock clock) {
        this.drafting = drafting;
        this.communications = communications;
        this.incidents = incidents;
        this.persons = persons;
        this.mandates = mandates;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize(Access.WRITE)
    public String create(Model model) {
        DraftForm form = new DraftForm();
        form.setYear(LocalDate.now(clock).getYear());
        return form(model, form, List.of());
    }

    /** The incidents offered: those concerning every person chosen (any incident when none is), in the year given. */
    @GetMapping("/new/incidents")
    @PreAuthorize(Access.WRITE)
    public String incidentChoices(@RequestParam(required = false) CalendarYear year,
                                  @RequestParam(required = false) List<UUID> personIds,
                                  @RequestParam(required = false) List<UUID> incidentIds, Model model) {
        model.addAttribute("incidents", offered(CalendarYear.number(year), FormText.orEmpty(personIds), FormText.orEmpty(incidentIds)));
        model.addAttribute("checked", FormText.orEmpty(incidentIds));
        return "communications/fragments :: incidents";
    }

    /** The reference the draft would get today, for the form to show as type and country change. */
    @GetMapping("/new/reference")
    @PreAuthorize(Access.WRITE)
    public String referenceOffered(@RequestParam(required = false) CommunicationType type,
                                   @RequestParam(required = false) String country, Model model) {
        model.addAttribute("reference", nextReference(type, country));
        return "communications/fragments :: reference";
    }

    /** The new draft's page; otherwise the form again, as chosen, with every reason. */
    @PostMapping
    @PreAuthorize(Access.WRITE)
    public String save(@ModelAttribute("form") DraftForm form, Model model) {
        try {
            CommunicationData draft = drafting.draft(form.toRequest());
            return "redirect:/communications/" + draft.id();
        } catch (InvalidRecordException e) {
            return form(model, form, CommunicationPages.fieldErrors(e));
        }
    }

    private String form(Model model, DraftForm form, List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("types", CommunicationType.values());
        model.addAttribute("mandates", mandates.list());
        model.addAttribute("persons", persons.list(RecordFilter.NONE, PageRequest.of(0, 2000)).getContent());
        model.addAttribute("questions", templates.list().stream().filter(t -> t.kind() == TemplateKind.QUESTION).toList());
        model.addAttribute("incidents", offered(form.getYear(), form.getPersonIds(), form.getIncidentIds()));
        model.addAttribute("checked", form.getIncidentIds());
        model.addAttribute("reference", nextReference(form.getType(), form.getCountry()));
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", CommunicationPages.invalid(errors));
        return "communications/draft";
    }

    /** The incidents to offer, oldest first; those already chosen stay offered so that a new filter never drops a choice. */
    private List<IncidentData> offered(Integer year, List<UUID> personIds, Collection<UUID> chosen) {
        List<IncidentData> found = new ArrayList<>();
        if (personIds.isEmpty()) {
            found.addAll(incidents.list(new RecordFilter(null, null, year, null), PageRequest.of(0, MOST_INCIDENTS)).getContent());
        } else {
            List<IncidentData> ofFirst = incidents.concerning(personIds.get(0));
            Set<UUID> ofAll = ofFirst.stream().map(IncidentData::id).collect(Collectors.toSet());
            for (UUID person : personIds.subList(1, personIds.size())) {
                ofAll.retainAll(incidents.concerning(person).stream().map(IncidentData::id).toList());
            }
            ofFirst.stream().filter(i -> ofAll.contains(i.id()) && (year == null || year.equals(i.start().year())))
                    .forEach(found::add);
        }
        Set<UUID> shown = found.stream().map(IncidentData::id).collect(Collectors.toSet());
        chosen.stream().filter(id -> !shown.contains(id)).map(this::incident).flatMap(Optional::stream).forEach(found::add);
        found.sort(Comparator.comparing(IncidentData::start).thenComparing(IncidentData::title));
        return found;
    }

    /** The incident, or empty when there is none with this id: drafting then names the bad id with its field. */
    private Optional<IncidentData> incident(UUID id) {
        try {
            return Optional.of(incidents.get(id));
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The reference a draft would get today, or null until the type is chosen and the country reads as a code. */
    private String nextReference(CommunicationType type, String country) {
        String code = FormText.trimmed(country);
        return type == null || code == null || !code.matches("[A-Za-z]{3}") ? null
                : communications.nextReference(type, code.toUpperCase(Locale.ROOT), LocalDate.now(clock).getYear()).toString();
    }
}

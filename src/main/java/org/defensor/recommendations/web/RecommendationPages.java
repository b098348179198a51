package org.defensor.recommendations.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.defensor.recommendations.AssessmentData;
import org.defensor.recommendations.EvidenceData;
import org.defensor.recommendations.EvidenceKind;
import org.defensor.recommendations.ImplementationCounts;
import org.defensor.recommendations.ImplementationStatus;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.Position;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.RecommendationFilter;
import org.defensor.recommendations.RecommendationSuggestions;
import org.defensor.recommendations.Recommendations;
import org.defensor.recommendations.StateCode;
import org.defensor.records.Right;
import org.defensor.records.Theme;
import org.defensor.security.Access;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.InvalidRecordException;
import org.defensor.web.ApiProblems.FieldError;
import org.defensor.web.AuditPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of recommendations: the list (filtered by State, mechanism, position and latest status), a
 * recommendation with its assessments and evidence, history for everyone signed in; the form,
 * assessing and linking evidence for editors. An incident's page loads what it bears on from
 * {@code /recommendations/bearing/{id}}, with a form to link it.
 */
@Controller
@RequestMapping("/recommendations")
class RecommendationPages {

    private final Recommendations recommendations;
    private final org.defensor.recommendations.ImplementationReport report;
    private final Clock clock;
    private final RecommendationSuggestions suggestions;

    RecommendationPages(Recommendations recommendations, org.defensor.recommendations.ImplementationReport report, Clock clock,
                        RecommendationSuggestions suggestions) {
        this.recommendations = recommendations;
        this.report = report;
        this.clock = clock;
        this.suggestions = suggestions;
    }

    /** The implementation report of what the caller may read, as HTML (shown), PDF or DOCX (downloaded). */
    @GetMapping("/report")
    @PreAuthorize(Access.READ)
    public org.springframework.http.ResponseEntity<byte[]> report(@RequestParam(required = false) String state,
                                                                  @RequestParam(required = false) Mechanism mechanism,
                                                                  @RequestParam(defaultValue = "html") String format) {
        org.defensor.letters.LetterFormat chosen = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "pdf" -> org.defensor.letters.LetterFormat.PDF;
            case "docx" -> org.defensor.letters.LetterFormat.DOCX;
            case "html" -> org.defensor.letters.LetterFormat.HTML;
            default -> throw new InvalidRecordException("format", "'" + format + "' is not html, pdf or docx");
        };
        StateCode code = state == null || state.isBlank() ? null : parseState(state);
        byte[] body = report.render(code, mechanism, chosen);
        var response = org.springframework.http.ResponseEntity.ok().header("Content-Type", chosen.mediaType());
        if (chosen != org.defensor.letters.LetterFormat.HTML) {
            response = response.header("Content-Disposition", "attachment; filename=\"implementation-" + (code == null ? "all" : code.code())
                    + (mechanism == null ? "" : "-" + mechanism.name().toLowerCase(java.util.Locale.ROOT)) + "." + chosen.extension() + "\"");
        }
        return response.body(body);
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String state, @RequestParam(required = false) Mechanism mechanism,
                       @RequestParam(required = false) Position position, @RequestParam(required = false) ImplementationStatus status,
                       @RequestParam(required = false) String q, Model model) {
        StateCode code = state == null || state.isBlank() ? null : parseState(state);
        model.addAttribute("rows", recommendations.list(new RecommendationFilter(code, mechanism, position, status, null, q)));
        model.addAttribute("state", state);
        model.addAttribute("mechanism", mechanism);
        model.addAttribute("position", position);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        vocabularies(model);
        return "recommendations/list";
    }

    /** Counts by latest status, mechanism, position and theme, as bar charts; each bar opens the list it counts. */
    @GetMapping("/dashboard")
    @PreAuthorize(Access.READ)
    public String dashboard(@RequestParam(required = false) String state, @RequestParam(required = false) Mechanism mechanism, Model model) {
        StateCode code = state == null || state.isBlank() ? null : parseState(state);
        model.addAttribute("counts", ImplementationCounts.of(recommendations.list(new RecommendationFilter(code, mechanism, null, null, null, null))));
        model.addAttribute("state", code == null ? "" : code.code());
        model.addAttribute("mechanism", mechanism);
        vocabularies(model);
        return "recommendations/dashboard";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public String view(@PathVariable UUID id, Model model) {
        return view(recommendations.get(id), model, List.of());
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public String history(@PathVariable UUID id, Model model) {
        return AuditPage.of(model, recommendations.get(id).label(), "/recommendations/" + id, recommendations.history(id), false);
    }

    /** The recommendations a record bears on, as a fragment for the record's page; editors also get the form to link it. */
    @GetMapping("/bearing/{target}")
    @PreAuthorize(Access.READ)
    public String bearing(@PathVariable UUID target, @RequestParam(required = false) EvidenceKind kind,
                          @RequestParam(required = false) String state, Model model) {
        StateCode code = state == null || state.isBlank() ? null : parseState(state);
        model.addAttribute("bearings", recommendations.bearingOn(target));
        model.addAttribute("target", target);
        model.addAttribute("kind", kind == null ? EvidenceKind.INCIDENT : kind);
        model.addAttribute("candidates", recommendations.list(new RecommendationFilter(code, null, null, null, null, null)));
        EvidenceKind shown = kind == null ? EvidenceKind.INCIDENT : kind;
        model.addAttribute("suggestions", shown == EvidenceKind.INCIDENT || shown == EvidenceKind.PROCEEDING
                ? suggestions.suggest(shown, target) : List.of());
        model.addAttribute("state", code == null ? "" : code.code());
        return "recommendations/bearing :: bearing";
    }

    /** Only the recommendations a record bears on, for a case file's timeline. */
    @GetMapping("/bearing/{target}/list")
    @PreAuthorize(Access.READ)
    public String bearingList(@PathVariable UUID target, Model model) {
        model.addAttribute("bearings", recommendations.bearingOn(target));
        return "recommendations/bearing :: bearing-list";
    }

    /** A suggestion accepted from the record's page (htmx): linked, and the fragment shown again with the link. */
    @PostMapping("/suggestions/accept")
    @PreAuthorize(Access.WRITE)
    public String acceptSuggestion(@ModelAttribute SuggestionChoice choice, Model model) {
        suggestions.accept(choice.kind(), choice.target(), choice.recommendation(), choice.note());
        return bearing(choice.target(), choice.kind(), choice.state(), model);
    }

    /** A suggestion dismissed from the record's page (htmx): stored, so it is not made again. */
    @PostMapping("/suggestions/dismiss")
    @PreAuthorize(Access.WRITE)
    public String dismissSuggestion(@ModelAttribute SuggestionChoice choice, Model model) {
        suggestions.dismiss(choice.kind(), choice.target(), choice.recommendation());
        return bearing(choice.target(), choice.kind(), choice.state(), model);
    }

    /**
     * A suggestion's form, bound as one object so that a missing field reaches the access rule first
     * (a viewer is refused, not told what is missing) and then the service's own "is required".
     */
    record SuggestionChoice(EvidenceKind kind, UUID target, UUID recommendation, String note, String state) {}

    @GetMapping("/new")
    @PreAuthorize(Access.WRITE)
    public String create(Model model) {
        return form(model, new RecommendationForm(), null, List.of());
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Access.WRITE)
    public String edit(@PathVariable UUID id, Model model) {
        return form(model, RecommendationForm.of(recommendations.get(id)), id, List.of());
    }

    @PostMapping
    @PreAuthorize(Access.WRITE)
    public String save(@ModelAttribute("form") RecommendationForm form, Model model) {
        return save(form, null, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public String update(@PathVariable UUID id, @ModelAttribute("form") RecommendationForm form, Model model) {
        return save(form, id, model);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Access.WRITE)
    public String delete(@PathVariable UUID id, @RequestParam long version) {
        recommendations.delete(id, version);
        return "redirect:/recommendations";
    }

    @PostMapping("/{id}/assessments")
    @PreAuthorize(Access.WRITE)
    public String assess(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) ImplementationStatus status,
                         @RequestParam(required = false) String date, @RequestParam(required = false) String reasoning,
                         @RequestParam(required = false) List<UUID> evidence, @RequestParam(required = false) Confidentiality confidentiality,
                         Model model) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = org.defensor.web.FormText.date("date", date, errors);
        if (errors.isEmpty()) {
            try {
                recommendations.assess(id, version, AssessmentData.of(status, day, null, reasoning, evidence, confidentiality));
                return "redirect:/recommendations/" + id;
            } catch (InvalidRecordException e) {
                errors.addAll(fieldErrors(e));
            }
        }
        return view(recommendations.get(id), model, errors);
    }

    @PostMapping("/{id}/assessments/{assessment}/delete")
    @PreAuthorize(Access.WRITE)
    public String removeAssessment(@PathVariable UUID id, @PathVariable UUID assessment, @RequestParam long version) {
        recommendations.removeAssessment(id, version, assessment);
        return "redirect:/recommendations/" + id;
    }

    /** Links a record; back to {@code back} (the record's page, when linked from there) or the recommendation. */
    @PostMapping("/{id}/evidence")
    @PreAuthorize(Access.WRITE)
    public String link(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) EvidenceKind kind,
                       @RequestParam(required = false) UUID target, @RequestParam(required = false) String note,
                       @RequestParam(required = false) String back, Model model) {
        try {
            recommendations.link(id, version, EvidenceData.of(kind, target, note));
        } catch (InvalidRecordException e) {
            return view(recommendations.get(id), model, fieldErrors(e));
        }
        return "redirect:" + (back != null && back.matches("/incidents/[0-9a-f-]{36}") ? back : "/recommendations/" + id);
    }

    /** From a record's page: the recommendation is chosen in the form, so its version is read here. */
    @PostMapping("/link")
    @PreAuthorize(Access.WRITE)
    public String linkFrom(@RequestParam(required = false) UUID recommendation, @RequestParam(required = false) EvidenceKind kind,
                           @RequestParam(required = false) UUID target, @RequestParam(required = false) String note, Model model) {
        if (recommendation == null) {
            return "redirect:/incidents/" + target + "?link=" + URLEncoder.encode("choose a recommendation", StandardCharsets.UTF_8);
        }
        RecommendationData r = recommendations.get(recommendation);
        return link(recommendation, r.version(), kind, target, note, "/incidents/" + target, model);
    }

    @PostMapping("/{id}/evidence/{evidence}/delete")
    @PreAuthorize(Access.WRITE)
    public String unlink(@PathVariable UUID id, @PathVariable UUID evidence, @RequestParam long version) {
        recommendations.unlink(id, version, evidence);
        return "redirect:/recommendations/" + id;
    }

    private String save(RecommendationForm form, UUID id, Model model) {
        List<FieldError> errors = new ArrayList<>();
        RecommendationData data = form.toData(id, errors);
        if (!errors.isEmpty()) {
            return form(model, form, id, errors);
        }
        try {
            RecommendationData saved = id == null ? recommendations.create(data) : recommendations.update(id, data);
            return "redirect:/recommendations/" + saved.id();
        } catch (InvalidRecordException e) {
            return form(model, form, id, fieldErrors(e));
        }
    }

    private String view(RecommendationData r, Model model, List<FieldError> errors) {
        model.addAttribute("r", r);
        model.addAttribute("children", recommendations.list(new RecommendationFilter(r.stateUnderReview(), r.mechanism(), null, null,
                r.document(), null)).stream().filter(c -> r.identifier().equals(c.parent())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        vocabularies(model);
        return "recommendations/view";
    }

    private String form(Model model, RecommendationForm form, UUID id, List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", errors.stream().map(FieldError::field).collect(Collectors.toSet()));
        vocabularies(model);
        return "recommendations/form";
    }

    private static void vocabularies(Model model) {
        model.addAttribute("mechanisms", Mechanism.values());
        model.addAttribute("positions", Position.values());
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("rights", Right.values());
        model.addAttribute("levels", Confidentiality.values());
    }

    private static List<FieldError> fieldErrors(InvalidRecordException e) {
        return e.violations().stream().map(v -> new FieldError(v.field(), v.reason())).toList();
    }

    private static StateCode parseState(String state) {
        try {
            return StateCode.of(state);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("state", e.getMessage());
        }
    }
}

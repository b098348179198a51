package org.defensor.recommendations.web;

import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.recommendations.AssessmentData;
import org.defensor.recommendations.Bearing;
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
import org.defensor.recommendations.Suggestion;
import org.defensor.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recommendations over REST: everyone signed in reads what their clearance allows; editors write.
 * An assessment or an evidence link is a write to its recommendation and takes its {@code version}.
 */
@RestController
@RequestMapping("/api/v1/recommendations")
class RecommendationApi {

    private final Recommendations recommendations;
    private final RecommendationSuggestions suggestions;

    RecommendationApi(Recommendations recommendations, RecommendationSuggestions suggestions) {
        this.recommendations = recommendations;
        this.suggestions = suggestions;
    }

    /** Ranked recommendations an incident or proceeding likely bears on, each with its reasons; none is linked until accepted. */
    @GetMapping("/suggestions")
    @PreAuthorize(Access.READ)
    public List<Suggestion> suggestions(@RequestParam EvidenceKind kind, @RequestParam UUID target) {
        return suggestions.suggest(kind, target);
    }

    /** A suggestion confirmed or dismissed: which record, which recommendation, and for an accepted one a note. */
    record SuggestionAnswer(EvidenceKind kind, UUID target, UUID recommendation, String note) {}

    @PostMapping("/suggestions/accept")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public RecommendationData accept(@RequestBody SuggestionAnswer answer) {
        return suggestions.accept(answer.kind(), answer.target(), answer.recommendation(), answer.note());
    }

    @PostMapping("/suggestions/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.WRITE)
    public void dismiss(@RequestBody SuggestionAnswer answer) {
        suggestions.dismiss(answer.kind(), answer.target(), answer.recommendation());
    }

    /** Filtered by State under review, mechanism, position, latest status, document symbol and text; in document order. */
    @GetMapping
    @PreAuthorize(Access.READ)
    public List<RecommendationData> list(@RequestParam(required = false) StateCode state, @RequestParam(required = false) Mechanism mechanism,
                                         @RequestParam(required = false) Position position,
                                         @RequestParam(required = false) ImplementationStatus status,
                                         @RequestParam(required = false) String document, @RequestParam(required = false) String q) {
        return recommendations.list(new RecommendationFilter(state, mechanism, position, status, document, q));
    }

    /** How many recommendations the caller may read there are by latest status, mechanism, position and theme. */
    @GetMapping("/counts")
    @PreAuthorize(Access.READ)
    public ImplementationCounts counts(@RequestParam(required = false) StateCode state, @RequestParam(required = false) Mechanism mechanism) {
        return ImplementationCounts.of(recommendations.list(new RecommendationFilter(state, mechanism, null, null, null, null)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public RecommendationData get(@PathVariable UUID id) {
        return recommendations.get(id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public List<AuditEntry> history(@PathVariable UUID id) {
        return recommendations.history(id);
    }

    /** The recommendations a record (an incident, proceeding, decision, source, communication, reply) bears on. */
    @GetMapping("/bearing/{target}")
    @PreAuthorize(Access.READ)
    public List<Bearing> bearing(@PathVariable UUID target) {
        return recommendations.bearingOn(target);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public RecommendationData create(@RequestBody RecommendationData data) {
        return recommendations.create(data);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public RecommendationData update(@PathVariable UUID id, @RequestBody RecommendationData data) {
        return recommendations.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.WRITE)
    public void delete(@PathVariable UUID id, @RequestParam long version) {
        recommendations.delete(id, version);
    }

    @PostMapping("/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public RecommendationData assess(@PathVariable UUID id, @RequestParam long version, @RequestBody AssessmentData data) {
        return recommendations.assess(id, version, data);
    }

    @DeleteMapping("/{id}/assessments/{assessment}")
    @PreAuthorize(Access.WRITE)
    public RecommendationData removeAssessment(@PathVariable UUID id, @PathVariable UUID assessment, @RequestParam long version) {
        return recommendations.removeAssessment(id, version, assessment);
    }

    @PostMapping("/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public RecommendationData link(@PathVariable UUID id, @RequestParam long version, @RequestBody EvidenceData data) {
        return recommendations.link(id, version, data);
    }

    @DeleteMapping("/{id}/evidence/{evidence}")
    @PreAuthorize(Access.WRITE)
    public RecommendationData unlink(@PathVariable UUID id, @PathVariable UUID evidence, @RequestParam long version) {
        return recommendations.unlink(id, version, evidence);
    }
}

package org.defensor.recommendations.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.defensor.audit.AuditTrail;
import org.defensor.recommendations.EvidenceData;
import org.defensor.recommendations.EvidenceKind;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.RecommendationFilter;
import org.defensor.recommendations.RecommendationSuggestions;
import org.defensor.recommendations.Recommendations;
import org.defensor.recommendations.StateCode;
import org.defensor.recommendations.Suggestion;
import org.defensor.records.ActData;
import org.defensor.records.ActType;
import org.defensor.records.Classification;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.ProceedingData;
import org.defensor.records.Right;
import org.defensor.records.Theme;
import org.defensor.shared.Clearance;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.Vocabulary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the recommendations on the record's State by what they share with it. Weights: a provision
 * (the most specific) 4, a right or a theme 3, an act type named in the text 2, and up to 10 for
 * similar wording. A recommendation sharing nothing but the State is not suggested.
 */
@Service
@Transactional(noRollbackFor = InvalidRecordException.class)
class SuggestionService implements RecommendationSuggestions {

    static final int SHOWN = 10;
    /** Words of act-type labels too general to say the recommendation is about that act. */
    private static final Set<String> GENERAL = Set.of("failur", "refus", "use", "public", "person", "data", "onlin", "event", "work", "access");

    private final Recommendations recommendations;
    private final Incidents incidents;
    private final Classification classification;
    private final Dismissals dismissals;
    private final AuditTrail audit;
    private final Clock clock;

    SuggestionService(Recommendations recommendations, Incidents incidents, Classification classification, Dismissals dismissals,
                      AuditTrail audit, Clock clock) {
        this.recommendations = recommendations;
        this.incidents = incidents;
        this.classification = classification;
        this.dismissals = dismissals;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a record shows, to compare with recommendations. */
    record Facts(StateCode state, Set<Right> rights, Set<Theme> themes, Set<String> provisions, Set<ActType> acts, String text) {}

    @Override
    @Transactional(readOnly = true, noRollbackFor = {InvalidRecordException.class, RecordNotFoundException.class})
    public List<Suggestion> suggest(EvidenceKind kind, UUID target) {
        Facts facts = facts(kind, target);
        Set<UUID> excluded = dismissals.excluded(kind, target);
        List<RecommendationData> candidates = recommendations.list(new RecommendationFilter(facts.state(), null, null, null, null, null))
                .stream().filter(r -> !excluded.contains(r.id())).toList();
        TextSimilarity similarity = new TextSimilarity(candidates.stream().map(RecommendationData::text).toList());
        List<Suggestion> ranked = new ArrayList<>();
        for (RecommendationData r : candidates) {
            Suggestion s = score(facts, r, similarity);
            if (s != null) {
                ranked.add(s);
            }
        }
        ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::label));
        return ranked.stream().limit(SHOWN).toList();
    }

    private static Suggestion score(Facts facts, RecommendationData r, TextSimilarity similarity) {
        double score = 0;
        List<String> reasons = new ArrayList<>();
        List<String> provisions = JpaRecommendations.listOf(r.provisions()).stream().filter(facts.provisions()::contains).toList();
        if (!provisions.isEmpty()) {
            score += 4.0 * provisions.size();
            reasons.add("same provisions: " + String.join(", ", provisions));
        }
        List<Right> rights = JpaRecommendations.setOf(r.rights()).stream().filter(facts.rights()::contains).sorted().toList();
        if (!rights.isEmpty()) {
            score += 3.0 * rights.size();
            reasons.add("same rights: " + labels(rights));
        }
        List<Theme> themes = JpaRecommendations.listOf(r.themes()).stream().filter(facts.themes()::contains).toList();
        if (!themes.isEmpty()) {
            score += 3.0 * themes.size();
            reasons.add("same themes: " + labels(themes));
        }
        Set<String> words = TextSimilarity.terms(r.text()).keySet();
        List<ActType> acts = facts.acts().stream().filter(a -> TextSimilarity.terms(a.label()).keySet().stream()
                .anyMatch(stem -> !GENERAL.contains(stem) && words.contains(stem))).sorted().toList();
        if (!acts.isEmpty()) {
            score += 2.0 * acts.size();
            reasons.add("its text names act types of the record: " + labels(acts));
        }
        TextSimilarity.Match match = similarity.compare(facts.text(), r.text());
        if (match.similarity() >= 0.05) {
            score += 10 * match.similarity();
            reasons.add(String.format(Locale.ROOT, "similar wording (%.2f): %s", match.similarity(), String.join(", ", match.sharedTerms())));
        }
        if (score == 0) {
            return null;
        }
        if (facts.state() != null) {
            reasons.add(0, "same State (" + facts.state().code() + ")");
        }
        return new Suggestion(r.id(), r.label(), r.text(), r.position(), Math.round(score * 100) / 100.0, reasons);
    }

    private static String labels(List<? extends Vocabulary> terms) {
        return terms.stream().map(Vocabulary::label).collect(Collectors.joining(", "));
    }

    @Override
    public RecommendationData accept(EvidenceKind kind, UUID target, UUID recommendation, String note) {
        facts(kind, target);
        RecommendationData r = recommendations.get(require(recommendation));
        return recommendations.link(r.id(), r.version(), EvidenceData.of(kind, target, note));
    }

    @Override
    public void dismiss(EvidenceKind kind, UUID target, UUID recommendation) {
        facts(kind, target);
        RecommendationData r = recommendations.get(require(recommendation));
        List<String> before = dismissals.of(r.id());
        String entry = kind.name() + " " + target;
        if (before.contains(entry)) {
            return;
        }
        dismissals.add(r.id(), kind, target, Clearance.actor(), clock.instant());
        List<String> after = new ArrayList<>(before);
        after.add(entry);
        audit.record("dismiss-suggestion", JpaRecommendations.KIND, r.id(), new Dismissed(before), new Dismissed(after));
    }

    /** The history's view of a recommendation's dismissed suggestions ("INCIDENT id"), shown like its evidence. */
    record Dismissed(List<String> dismissedSuggestions) {}

    private static UUID require(UUID recommendation) {
        if (recommendation == null) {
            throw new InvalidRecordException("recommendation", "is required");
        }
        return recommendation;
    }

    /** The record as the caller may read it: not found when they may not. */
    private Facts facts(EvidenceKind kind, UUID target) {
        if (kind == null || target == null) {
            throw new InvalidRecordException(kind == null ? "kind" : "target", "is required");
        }
        return switch (kind) {
            case INCIDENT -> {
                if (!classification.kindOf(target).filter("incident"::equals).isPresent()) {
                    throw new RecordNotFoundException("incident", target);
                }
                yield facts(incidents.get(target), null);
            }
            case PROCEEDING -> {
                if (!classification.kindOf(target).filter("proceeding"::equals).isPresent()) {
                    throw new RecordNotFoundException("proceeding", target);
                }
                IncidentData incident = incidents.get(classification.incidentOf(target).orElseThrow(() -> new RecordNotFoundException("proceeding", target)));
                ProceedingData proceeding = JpaRecommendations.listOf(incident.proceedings()).stream().filter(p -> target.equals(p.id()))
                        .findFirst().orElseThrow(() -> new RecordNotFoundException("proceeding", target));
                yield facts(incident, proceeding);
            }
            default -> throw new InvalidRecordException("kind", "suggestions are made for incidents and proceedings, not " + kind.label().toLowerCase(Locale.ROOT) + "s");
        };
    }

    private static Facts facts(IncidentData incident, ProceedingData proceeding) {
        Set<Right> rights = new LinkedHashSet<>();
        Set<String> provisions = new LinkedHashSet<>();
        Set<ActType> acts = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder(incident.title()).append('\n').append(nonNull(incident.description()));
        for (ActData act : JpaRecommendations.listOf(incident.acts())) {
            rights.addAll(JpaRecommendations.listOf(act.rights()));
            provisions.addAll(JpaRecommendations.listOf(act.provisions()));
            acts.add(act.type());
            text.append('\n').append(act.type().label()).append(' ').append(nonNull(act.description())).append(' ').append(nonNull(act.consequences()));
        }
        for (ProceedingData p : JpaRecommendations.listOf(incident.proceedings())) {
            if (proceeding == null || p == proceeding) {
                provisions.addAll(JpaRecommendations.listOf(p.provisions()));
                text.append('\n').append(nonNull(p.title())).append(' ').append(nonNull(p.description()));
            }
        }
        String country = incident.place() == null ? null : incident.place().country();
        StateCode state = country == null || country.isBlank() ? null : StateCode.of(country);
        return new Facts(state, rights, new LinkedHashSet<>(JpaRecommendations.listOf(incident.themes())), provisions, acts, text.toString());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

package org.defensor.communications.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.defensor.letters.LetterTemplates;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;
import org.defensor.recommendations.CitedRecommendations;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.RecommendationFilter;
import org.defensor.recommendations.Recommendations;
import org.defensor.recommendations.StateCode;
import org.defensor.records.ActData;
import org.defensor.records.IncidentData;
import org.defensor.records.Right;
import org.springframework.stereotype.Component;

/**
 * The annex's "Universal Periodic Review outcomes and treaty body observations": the recommendations
 * the State supported or received that concern the letter's incidents ({@link CitedRecommendations}),
 * in the words of the letter templates. Read with the caller's clearance when the letter is rendered,
 * so a published letter cites only public recommendations.
 */
@Component
class RecommendationAnnex {

    static final String HEADING = "Universal Periodic Review outcomes and treaty body observations";
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Recommendations recommendations;
    private final LetterTemplates templates;

    RecommendationAnnex(Recommendations recommendations, LetterTemplates templates) {
        this.recommendations = recommendations;
        this.templates = templates;
    }

    List<Part> parts(String country, List<IncidentData> incidents) {
        StateCode state = StateCode.of(country);
        Set<Right> rights = new HashSet<>();
        Set<String> provisions = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (IncidentData incident : incidents) {
            ids.add(incident.id());
            for (ActData act : JpaCommunications.list(incident.acts())) {
                rights.addAll(JpaCommunications.list(act.rights()));
                provisions.addAll(JpaCommunications.list(act.provisions()));
            }
        }
        CitedRecommendations cited = CitedRecommendations.of(state,
                recommendations.list(new RecommendationFilter(state, null, null, null, null, null)),
                new CitedRecommendations.Concerns(rights, provisions, ids));
        if (cited.isEmpty()) {
            return List.of();
        }
        String name = state.englishName();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(PartKind.ANNEX, HEADING, List.of(templates.fill("annex-recommendations", Map.of("state", name)))));
        if (!cited.upr().isEmpty()) {
            parts.add(new Part(PartKind.ANNEX, "Universal Periodic Review", cited.upr().values().stream()
                    .map(review -> templates.fill("annex-upr", Map.of("state", name, "date", date(review.get(0).date()),
                            "recommendations", review.stream().map(RecommendationAnnex::quoted).toList())))
                    .toList()));
        }
        cited.treatyBodies().forEach((document, cites) -> {
            List<String> paragraphs = new ArrayList<>();
            String committee = CitedRecommendations.committeeOf(document).orElse("treaty body");
            paragraphs.add(templates.fill("annex-concluding-observations", Map.of("committee", committee,
                    "committeePossessive", committee + (committee.endsWith("s") ? "'" : "'s"), "date", date(cites.get(0).date()),
                    "document", document)));
            cites.forEach(r -> paragraphs.add(CitedRecommendations.isObservation(r.text())
                    ? templates.fill("annex-treaty-body-observation", Map.of("state", name, "identifier", r.identifier().toString(),
                            "text", CitedRecommendations.sentence(r.text())))
                    : templates.fill("annex-treaty-body-recommendation", Map.of("state", name, "identifier", r.identifier().toString(),
                            "text", CitedRecommendations.quoted(r.text())))));
            parts.add(new Part(PartKind.ANNEX, committee + " (" + document + ")", paragraphs));
        });
        return parts;
    }

    private static Map<String, String> quoted(RecommendationData r) {
        return Map.of("identifier", r.identifier().toString(), "text", CitedRecommendations.quoted(r.text()));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : LETTER_DATE.format(date);
    }
}

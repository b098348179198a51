package org.defensor.recommendations.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.defensor.recommendations.AssessmentData;
import org.defensor.recommendations.EvidenceData;
import org.defensor.recommendations.EvidenceKind;
import org.defensor.recommendations.ImplementationStatus;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.ParagraphId;
import org.defensor.recommendations.Position;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.RecommendationFilter;
import org.defensor.recommendations.Recommendations;
import org.defensor.recommendations.StateCode;
import org.defensor.records.Right;
import org.defensor.records.Theme;
import org.defensor.shared.Clearance;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.KeyedIds;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With {@code defensor.demo=true}, after the records and communications: every recommendation the
 * seed documents quote (the UPR of Kazakhstan of 23 January 2025, CCPR/C/KAZ/CO/3, CEDAW/C/KAZ/CO/5,
 * E/C.12/KAZ/CO/2 from AL KAZ 4/2025; the sections' recommendations of the May 2025 NGO submission),
 * with the incidents of the demo data that show them unmet, written through the same operations a desk uses.
 */
@Component
@Order(3)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "defensor.demo", havingValue = "true")
class DemoRecommendations implements ApplicationRunner {

    static final String SAMPLE = "samples/recommendations.json";

    record SampleRecommendation(String key, Mechanism mechanism, String document, String sourceId, String identifier, String text,
                                LocalDate date, String cycle, List<String> recommendingStates, String stateUnderReview,
                                Position position, LocalDate positionDate, List<Theme> themes, List<String> affectedGroups,
                                Set<Right> rights, List<String> provisions, Confidentiality confidentiality) {}

    record SampleEvidence(String recommendation, EvidenceKind kind, String target, String note) {}

    record SampleAssessment(String recommendation, ImplementationStatus status, LocalDate date, String author, String reasoning,
                            List<String> evidence, Confidentiality confidentiality) {}

    record Sample(List<SampleRecommendation> recommendations, List<SampleEvidence> evidence, List<SampleAssessment> assessments) {}

    private final Recommendations recommendations;
    private final ObjectMapper json;

    DemoRecommendations(Recommendations recommendations, ObjectMapper json) {
        this.recommendations = recommendations;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        Clearance.asSystem(() -> {
            if (recommendations.list(RecommendationFilter.ANY).isEmpty()) {
                load(read());
            }
            return null;
        });
    }

    Sample read() {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            return json.readValue(in, Sample.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + SAMPLE, e);
        }
    }

    void load(Sample sample) {
        for (SampleRecommendation r : sample.recommendations()) {
            recommendations.create(new RecommendationData(KeyedIds.of(r.key()), null, r.mechanism(), r.document(),
                    r.sourceId() == null ? null : KeyedIds.of(r.sourceId()), ParagraphId.parse(r.identifier()), r.text(), r.date(),
                    r.cycle(), r.recommendingStates() == null ? List.of() : r.recommendingStates().stream().map(StateCode::of).toList(),
                    StateCode.of(r.stateUnderReview()), r.position(), r.positionDate(), r.themes(), r.affectedGroups(), r.rights(),
                    r.provisions(), null, r.confidentiality(), null, null, null, null, null));
        }
        // The evidence link of each (recommendation, record), for the assessments that rest on it.
        Map<String, UUID> links = new HashMap<>();
        for (SampleEvidence e : sample.evidence()) {
            UUID id = KeyedIds.of(e.recommendation());
            RecommendationData linked = recommendations.link(id, recommendations.get(id).version(),
                    EvidenceData.of(e.kind(), KeyedIds.of(e.target()), e.note()));
            UUID target = KeyedIds.of(e.target());
            links.put(e.recommendation() + " " + e.target(),
                    linked.evidence().stream().filter(x -> x.target().equals(target)).findFirst().orElseThrow().id());
        }
        for (SampleAssessment a : sample.assessments()) {
            UUID id = KeyedIds.of(a.recommendation());
            recommendations.assess(id, recommendations.get(id).version(), AssessmentData.of(a.status(), a.date(), a.author(), a.reasoning(),
                    a.evidence().stream().map(t -> links.get(a.recommendation() + " " + t)).toList(), a.confidentiality()));
        }
        System.out.println("Demo recommendations loaded: " + sample.recommendations().size() + " recommendations, "
                + sample.evidence().size() + " evidence links, " + sample.assessments().size() + " assessments.");
    }
}

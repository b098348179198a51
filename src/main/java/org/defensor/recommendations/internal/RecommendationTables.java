package org.defensor.recommendations.internal;

import java.util.List;
import org.defensor.audit.RecordStates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where recommendations are stored, for the audit trail's state hashes: the assessments, evidence and dismissed suggestions are part of the record. */
@Configuration(proxyBeanMethods = false)
class RecommendationTables {

    @Bean
    RecordStates recommendationStates() {
        return RecordStates.of(JpaRecommendations.KIND, "recommendation", "recommendation_id", List.of("recommendation_state",
                        "recommendation_theme", "recommendation_right", "recommendation_group", "recommendation_provision",
                        "recommendation_evidence", "recommendation_assessment", "recommendation_dismissal"))
                .through("recommendation_assessment", "recommendation_id", "assessment_evidence", "assessment_id");
    }
}

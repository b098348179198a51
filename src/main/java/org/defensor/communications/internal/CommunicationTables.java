package org.defensor.communications.internal;

import java.util.List;
import org.defensor.audit.RecordStates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where communications and replies are stored, for the audit trail's state hashes. Corrections of a
 * publication are records of their own, audited as such.
 */
@Configuration(proxyBeanMethods = false)
class CommunicationTables {

    @Bean
    RecordStates communicationStates() {
        return RecordStates.of(JpaCommunications.KIND, "communication", "communication_id", List.of("communication_mandate",
                        "communication_incident", "communication_person", "communication_organisation", "communication_follows",
                        "communication_redaction", "communication_question"))
                .through("communication_question", "communication_id", "question_incident", "question_id")
                .through("communication_question", "communication_id", "question_person", "question_id");
    }

    @Bean
    RecordStates replyStates() {
        return RecordStates.of(JpaCommunications.REPLY, "reply", "reply_id", List.of("reply_exhibit", "reply_answer", "reply_assessment"))
                .through("reply_answer", "reply_id", "answer_question", "answer_id")
                .through("reply_answer", "reply_id", "answer_incident", "answer_id");
    }
}

package org.defensor.mandates.internal;

import java.util.List;
import org.defensor.audit.RecordStates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where mandates are stored, for the audit trail's state hashes. */
@Configuration(proxyBeanMethods = false)
class MandateTables {

    @Bean
    RecordStates mandateStates() {
        return RecordStates.of(JpaMandates.KIND, "mandate", "mandate_id", List.of("mandate_resolution", "mandate_holder"));
    }
}

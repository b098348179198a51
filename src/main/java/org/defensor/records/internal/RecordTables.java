package org.defensor.records.internal;

import java.util.List;
import org.defensor.audit.RecordStates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where each kind of record is stored, for the audit trail's state hashes. An incident's relations
 * are left out: deleting the other incident removes them without a write to this one.
 */
@Configuration(proxyBeanMethods = false)
class RecordTables {

    @Bean
    RecordStates incidentStates() {
        return RecordStates.of("incident", "incident", "incident_id", List.of("incident_theme", "act", "proceeding", "incident_citation"))
                .through("act", "incident_id", "act_victim", "act_id")
                .through("act", "incident_id", "involvement", "act_id")
                .through("act", "incident_id", "act_right", "act_id")
                .through("act", "incident_id", "act_citation", "act_id")
                .through("act", "incident_id", "act_provision", "act_id")
                .through("proceeding", "incident_id", "proceeding_person", "proceeding_id")
                .through("proceeding", "incident_id", "decision", "proceeding_id")
                .through("proceeding", "incident_id", "proceeding_citation", "proceeding_id")
                .through("proceeding", "incident_id", "proceeding_provision", "proceeding_id");
    }

    @Bean
    RecordStates personStates() {
        return RecordStates.of(JpaPersons.KIND, "person", "person_id",
                List.of("person_name", "person_role", "affiliation", "person_citation", "person_detail"));
    }

    @Bean
    RecordStates organisationStates() {
        return RecordStates.of(JpaOrganisations.KIND, "organisation", "organisation_id", List.of("organisation_alias", "organisation_citation"));
    }

    @Bean
    RecordStates sourceStates() {
        return RecordStates.of("source", "source", "source_id", List.of());
    }
}

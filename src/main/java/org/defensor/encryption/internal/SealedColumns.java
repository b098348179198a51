package org.defensor.encryption.internal;

import java.util.List;

/**
 * Every column whose attribute carries {@code @Convert(converter = SealedText.class)}, by table, with the
 * table's primary key: what the start-up seals in rows written before sealing. A column added to an
 * entity with the converter is added here too: {@code SealedColumnsOnPostgresTests} seals rows written
 * unsealed at start and then finds no marker in any text column of any table, which a missing line fails.
 */
final class SealedColumns {

    record Table(String name, List<String> key, List<String> columns) {}

    static final List<Table> ALL = List.of(
            entity("person", "name", "gender", "description"),
            part("person_name", "person_id", "name"),
            part("affiliation", "person_id", "role"),
            part("person_detail", "person_id", "detail_value"),
            part("person_citation", "person_id", "excerpt", "locator"),
            entity("organisation", "name", "city", "description"),
            part("organisation_alias", "organisation_id", "name"),
            part("organisation_citation", "organisation_id", "excerpt", "locator"),
            entity("source", "title", "reference", "url", "file_name", "author", "description"),
            entity("incident", "title", "region", "city", "district", "venue", "description"),
            part("incident_citation", "incident_id", "excerpt", "locator"),
            entity("act", "description", "method", "consequences"),
            part("involvement", "act_id", "note"),
            part("act_citation", "act_id", "excerpt", "locator"),
            entity("proceeding", "title", "reference", "description"),
            part("proceeding_citation", "proceeding_id", "excerpt", "locator"),
            entity("decision", "reference", "grounds", "description"),
            entity("communication", "summary", "facts", "concerns"),
            entity("communication_question", "text"),
            entity("reply", "state_reference", "sender", "text"),
            part("reply_exhibit", "reply_id", "title"),
            entity("reply_answer", "passage"),
            part("reply_assessment", "reply_id", "note"),
            entity("publication_correction", "previous_summary", "previous_facts", "previous_concerns", "previous_questions"),
            entity("notification", "text"),
            entity("recommendation", "text"),
            entity("recommendation_evidence", "note"),
            entity("recommendation_assessment", "reasoning"),
            entity("audit_event", "changes"),
            entity("app_user", "totp_secret"));

    private SealedColumns() {}

    private static Table entity(String name, String... columns) {
        return new Table(name, List.of("id"), List.of(columns));
    }

    private static Table part(String name, String owner, String... columns) {
        return new Table(name, List.of(owner, "position"), List.of(columns));
    }
}

package org.defensor.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.defensor.shared.Vocabulary;

/**
 * What States were asked about incidents and what their replies claimed, each claim compared with
 * the record. Records do not hold communications: the module that does implements this, and the
 * case file shows it next to each incident. Only what the reader may see is returned.
 */
public interface StateResponses {

    /** How a State's claim about an incident stands against what the record holds. */
    enum Comparison implements Vocabulary {
        MATCHES_RECORD,
        CONTRADICTS_RECORD,
        NOT_COMPARED
    }

    /** A communication that raised the incident with the State. */
    record Asked(UUID communicationId, String reference, String status, LocalDate sent) {}

    /** A passage of a State's reply about the incident, what it claims, and how that compares with the record. */
    record Answered(UUID communicationId, UUID replyId, String reference, String stateReference, LocalDate received,
                    String passage, String claim, Comparison comparison, String why) {}

    /** Everything on one incident, oldest first. */
    record OnIncident(List<Asked> asked, List<Answered> answered) {

        public static final OnIncident NONE = new OnIncident(List.of(), List.of());
    }

    /** By incident id; incidents nothing was said about are left out. */
    Map<UUID, OnIncident> about(List<IncidentData> incidents);
}

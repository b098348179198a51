package org.defensor.records;

import org.defensor.shared.Vocabulary;

/**
 * What a decision in a proceeding decided. Whether an outcome gives redress depends on whose
 * proceeding it is; {@link AccountabilityRule} reads it that way.
 */
public enum Outcome implements Vocabulary {
    // steps along the way
    FILED,
    REGISTERED,
    INVESTIGATION_OPENED,
    CASE_OPENED,
    CHARGED,
    SUSPENDED,
    RETURNED_WITHOUT_CONSIDERATION,
    // ends without redress
    REFUSED_TO_OPEN,
    NO_ACTION_TAKEN,
    CLOSED,
    ARCHIVED,
    DISMISSED,
    ACQUITTED,
    DECISION_UPHELD,
    // findings and sanctions
    FOUND_GUILTY,
    FINED,
    DETENTION_IMPOSED,
    WARNING_ISSUED,
    SANCTION_IMPOSED,
    COMPENSATION_AWARDED,
    DECISION_QUASHED,
    // applications and requests
    GRANTED,
    REFUSED,
    ALTERNATIVE_OFFERED,
    OTHER
}

package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** Whether an organisation is registered as a legal entity. */
public enum RegistrationStatus implements Vocabulary {
    REGISTERED,
    UNREGISTERED,
    REFUSED,
    PENDING,
    LIQUIDATED,
    NOT_APPLICABLE,
    UNKNOWN
}

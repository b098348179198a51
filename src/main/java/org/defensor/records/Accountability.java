package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** Whether anyone has been held accountable for an incident: derived from its proceedings, never typed in. */
public enum Accountability implements Vocabulary {
    HELD_ACCOUNTABLE,
    PARTIALLY_HELD_ACCOUNTABLE,
    NOT_HELD_ACCOUNTABLE,
    UNKNOWN
}

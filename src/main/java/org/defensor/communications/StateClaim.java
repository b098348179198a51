package org.defensor.communications;

import org.defensor.shared.Vocabulary;

/** What a reply asserts about the State's response to an incident, to compare with the record. */
public enum StateClaim implements Vocabulary {
    INVESTIGATION_OPEN,
    INVESTIGATION_CLOSED,
    PERPETRATORS_HELD_ACCOUNTABLE,
    NO_VIOLATION_FOUND,
    MEASURE_LAWFUL,
    FACTS_DENIED
}

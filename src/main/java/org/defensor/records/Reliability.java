package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** How far a source can be relied on. */
public enum Reliability implements Vocabulary {
    HIGH,
    MEDIUM,
    LOW,
    UNKNOWN
}

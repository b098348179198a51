package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** Who a perpetrator is in relation to the State. */
public enum PerpetratorType implements Vocabulary {
    STATE_AGENT,
    STATE_AFFILIATED,
    NON_STATE_ACTOR,
    UNKNOWN
}

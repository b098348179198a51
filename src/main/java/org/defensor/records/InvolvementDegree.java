package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** A perpetrator's part in an act. */
public enum InvolvementDegree implements Vocabulary {
    DIRECT,
    ORDERED,
    INSTIGATED,
    COMPLICIT,
    ACQUIESCED,
    FAILED_TO_PROTECT,
    FAILED_TO_INVESTIGATE,
    UNKNOWN
}

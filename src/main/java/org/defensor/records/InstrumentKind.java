package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** What sort of legal text a provision belongs to. */
public enum InstrumentKind implements Vocabulary {
    TREATY,
    DECLARATION,
    GENERAL_COMMENT,
    UN_REPORT,
    RESOLUTION,
    DOMESTIC_CONSTITUTION,
    DOMESTIC_CODE,
    DOMESTIC_LAW,
    DOMESTIC_REGULATION
}

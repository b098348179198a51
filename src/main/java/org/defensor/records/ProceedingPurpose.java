package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** Whose proceeding it is: it decides whether the proceeding counts towards accountability. */
public enum ProceedingPurpose implements Vocabulary {
    ACCOUNTABILITY,
    REMEDY,
    AGAINST_DEFENDER,
    APPLICATION,
    OTHER
}

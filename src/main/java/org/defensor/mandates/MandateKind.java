package org.defensor.mandates;

import org.defensor.shared.Vocabulary;

/** The form of a Special Procedures mandate. */
public enum MandateKind implements Vocabulary {
    SPECIAL_RAPPORTEUR,
    INDEPENDENT_EXPERT,
    WORKING_GROUP
}

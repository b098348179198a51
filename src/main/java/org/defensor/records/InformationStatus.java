package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** How far the facts of an incident are established. */
public enum InformationStatus implements Vocabulary {
    ALLEGED,
    CONFIRMED,
    DISPUTED
}

package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** An individual, or a group of people not named one by one ("approximately 30 unknown men"). */
public enum PersonKind implements Vocabulary {
    INDIVIDUAL,
    GROUP
}

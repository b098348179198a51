package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** How one incident relates to another. */
public enum RelationKind implements Vocabulary {
    FOLLOWS,
    PRECEDES,
    PART_OF,
    CAUSES,
    SAME_PERPETRATORS,
    RELATED
}

package org.defensor.recommendations;

import org.defensor.shared.Vocabulary;

/** The kinds of record a recommendation's evidence links to. */
public enum EvidenceKind implements Vocabulary {
    INCIDENT,
    PROCEEDING,
    DECISION,
    SOURCE,
    COMMUNICATION,
    REPLY
}

package org.defensor.communications;

import org.defensor.shared.Vocabulary;

/** How well a reply answered one question, as the desk assesses it. */
public enum Assessment implements Vocabulary {
    ANSWERED,
    PARTIALLY_ANSWERED,
    NOT_ANSWERED,
    FACTS_CONTESTED,
    INFORMATION_PROMISED;

    /** Whether the question still waits for an answer after this assessment. */
    public boolean leavesQuestionOpen() {
        return this == NOT_ANSWERED || this == INFORMATION_PROMISED;
    }

    /** Of two assessments of one question (either may be null), the one that closes it more: any reply that answered it counts. */
    public static Assessment best(Assessment kept, Assessment other) {
        return kept == null || other != null && kept.leavesQuestionOpen() && !other.leavesQuestionOpen() ? other : kept;
    }
}

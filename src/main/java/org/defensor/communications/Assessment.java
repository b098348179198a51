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
}

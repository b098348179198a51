package org.defensor.recommendations;

import org.defensor.shared.Vocabulary;

/**
 * The position the State under review took on a recommendation. At the UPR a State supports or notes
 * a recommendation; on other mechanisms' recommendations it accepts, partially accepts or rejects.
 */
public enum Position implements Vocabulary {
    SUPPORTED,
    NOTED,
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    REJECTED;

    /** Whether a State takes this position on a recommendation of {@code mechanism}. */
    public boolean takenOn(Mechanism mechanism) {
        boolean upr = this == SUPPORTED || this == NOTED;
        return upr == (mechanism == Mechanism.UPR);
    }
}

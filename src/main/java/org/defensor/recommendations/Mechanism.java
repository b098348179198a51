package org.defensor.recommendations;

import org.defensor.shared.Vocabulary;

/** Who made a recommendation. */
public enum Mechanism implements Vocabulary {
    /** The Universal Periodic Review: recommendations by recommending States, supported or noted. */
    UPR,
    /** A treaty body's concluding observations (CCPR/C/KAZ/CO/3, CEDAW/C/KAZ/CO/5). */
    TREATY_BODY,
    SPECIAL_PROCEDURE,
    /** An NGO paper, a national human rights institution, anyone else. */
    OTHER;

    @Override
    public String label() {
        return switch (this) {
            case UPR -> "UPR";
            case TREATY_BODY -> "Treaty body";
            case SPECIAL_PROCEDURE -> "Special Procedure";
            case OTHER -> "NGO / other";
        };
    }
}

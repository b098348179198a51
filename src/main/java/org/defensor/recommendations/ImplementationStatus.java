package org.defensor.recommendations;

import org.defensor.shared.Vocabulary;

/** What an assessment found about a recommendation's implementation on its date. */
public enum ImplementationStatus implements Vocabulary {
    NOT_IMPLEMENTED,
    PARTIALLY_IMPLEMENTED,
    IMPLEMENTED,
    REGRESSING,
    NO_INFORMATION
}

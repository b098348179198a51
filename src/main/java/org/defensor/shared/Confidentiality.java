package org.defensor.shared;

/** Who may read a record. Viewers read PUBLIC and RESTRICTED; CONFIDENTIAL needs an editor or admin. */
public enum Confidentiality implements Vocabulary {
    PUBLIC,
    RESTRICTED,
    CONFIDENTIAL
}

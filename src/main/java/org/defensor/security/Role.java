package org.defensor.security;

import org.defensor.shared.Vocabulary;

/** What an account may do: admins manage accounts, editors write records, viewers read non-confidential ones. */
public enum Role implements Vocabulary {
    ADMIN,
    EDITOR,
    VIEWER
}

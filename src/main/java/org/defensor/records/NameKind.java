package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** How another name of a person or organisation relates to the main one. */
public enum NameKind implements Vocabulary {
    ALIAS,
    TRANSLITERATION,
    SPELLING_VARIANT,
    FORMER_NAME,
    NATIVE_SCRIPT,
    PSEUDONYM
}

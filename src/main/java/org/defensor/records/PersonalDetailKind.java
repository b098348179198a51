package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** What a personal detail of a person is: the kinds that can get a defender found or hurt if they leak. */
public enum PersonalDetailKind implements Vocabulary {
    CONTACT,
    ADDRESS,
    IDENTITY_NUMBER,
    HEALTH,
    OTHER
}

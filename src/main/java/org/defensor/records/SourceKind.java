package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** What a source is. */
public enum SourceKind implements Vocabulary {
    UN_COMMUNICATION,
    STATE_REPLY,
    NGO_SUBMISSION,
    NGO_REPORT,
    TESTIMONY,
    COURT_DOCUMENT,
    OFFICIAL_DOCUMENT,
    MEDIA_REPORT,
    SOCIAL_MEDIA,
    VIDEO,
    PHOTO,
    OTHER
}

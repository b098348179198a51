package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** A capacity in which a person appears in the records. */
public enum PersonRole implements Vocabulary {
    HUMAN_RIGHTS_DEFENDER,
    WOMAN_HUMAN_RIGHTS_DEFENDER,
    ACTIVIST,
    JOURNALIST,
    LAWYER,
    ORGANISATION_FOUNDER,
    ORGANISATION_MEMBER,
    OFFICIAL,
    POLICE_OFFICER,
    JUDGE,
    PROSECUTOR,
    MEMBER_OF_PARLIAMENT,
    HEAD_OF_STATE,
    STUDENT,
    EVENT_PARTICIPANT,
    WITNESS,
    COUNTER_ACTIVIST,
    BLOGGER,
    OPPOSITION_POLITICIAN,
    OTHER
}

package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** What sort of body an organisation is. */
public enum OrganisationKind implements Vocabulary {
    NGO,
    INITIATIVE,
    PUBLIC_FOUNDATION,
    STATE_BODY,
    MINISTRY,
    COURT,
    POLICE_DEPARTMENT,
    PROSECUTOR_OFFICE,
    JUSTICE_DEPARTMENT,
    LOCAL_ADMINISTRATION,
    PARLIAMENT,
    OMBUDSPERSON,
    NATIONAL_HUMAN_RIGHTS_INSTITUTION,
    POLITICAL_PARTY,
    PRO_GOVERNMENT_GROUP,
    MEDIA,
    BUSINESS,
    INTERGOVERNMENTAL_BODY,
    UN_MECHANISM,
    OTHER
}

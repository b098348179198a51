package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** What an incident is about, for filtering and reporting. */
public enum Theme implements Vocabulary {
    WOMENS_RIGHTS,
    LGBTIQ_RIGHTS,
    FREEDOM_OF_ASSEMBLY,
    FREEDOM_OF_ASSOCIATION,
    FREEDOM_OF_EXPRESSION,
    PRIVACY,
    LIBERTY_AND_SECURITY,
    FAIR_TRIAL,
    GENDER_BASED_VIOLENCE,
    HATE_SPEECH,
    STIGMATISATION,
    IMPUNITY,
    REGISTRATION_OF_ORGANISATIONS,
    PROTECTION_MECHANISM,
    ONLINE_HARASSMENT,
    MEDIA_FREEDOM,
    LABOUR_RIGHTS,
    ENVIRONMENT,
    TORTURE_AND_ILL_TREATMENT,
    TRANSNATIONAL_REPRESSION,
    OTHER
}

package org.defensor.records;

import org.defensor.shared.Vocabulary;

/** What kind of proceeding: a remedy sought, a case against someone, or an application to the State. */
public enum ProceedingKind implements Vocabulary {
    COMPLAINT,
    INVESTIGATION,
    CRIMINAL_CASE,
    ADMINISTRATIVE_CASE,
    CIVIL_CLAIM,
    COURT_CASE,
    APPEAL,
    REGISTRATION_APPLICATION,
    ASSEMBLY_NOTIFICATION,
    PARLIAMENTARY_REQUEST,
    OTHER
}

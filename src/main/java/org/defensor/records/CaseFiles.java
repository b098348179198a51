package org.defensor.records;

import java.util.Collection;
import java.util.UUID;

/** Assembles case files and what incident pages need to show their references. */
public interface CaseFiles {

    /** The case file of a person or organisation (whichever the id names). */
    CaseFile caseFile(UUID partyId);

    References references(Collection<IncidentData> incidents);
}

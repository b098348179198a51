package org.defensor.records;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Assembles case files and what incident pages need to show their references. */
public interface CaseFiles {

    /** The case file of a person or organisation (whichever the id names). */
    CaseFile caseFile(UUID partyId);

    References references(Collection<IncidentData> incidents);

    /** What States were asked and answered about these incidents, by incident id (see {@link StateResponses}). */
    Map<UUID, StateResponses.OnIncident> stateResponses(List<IncidentData> incidents);
}

package org.defensor.records;

import java.util.List;
import java.util.UUID;

/** Incidents with their acts and proceedings. */
public interface Incidents extends RecordService<IncidentData> {

    /** Every incident in which the person or organisation is a victim, perpetrator, filer or party, oldest first. */
    List<IncidentData> concerning(UUID partyId);
}

package org.defensor.records;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.defensor.shared.Confidentiality;

/**
 * How confidential records are, for whatever is derived from them. It answers with full clearance,
 * whoever asks, and never returns content: only levels and ids.
 */
public interface Classification {

    /**
     * The most confidential level among the records with these ids (incidents, persons,
     * organisations, sources) and the persons and organisations their incidents name; PUBLIC when
     * there are none. An id that names no record counts for nothing.
     */
    Confidentiality mostConfidential(Collection<UUID> ids);

    /** The incidents that name the person or organisation: as victim, perpetrator, filer, party or authority. */
    Set<UUID> incidentsNaming(UUID partyId);
}

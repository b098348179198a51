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

    /**
     * The level of one record: an incident (with the parties it names, as {@link #mostConfidential}),
     * a person, an organisation or a source, or a part of an incident (an act, a proceeding, a
     * decision), which is its incident's. Empty when no record has the id.
     */
    java.util.Optional<Confidentiality> levelOf(UUID id);

    /**
     * What kind of record or part the id names: "incident", "act", "proceeding", "decision", "person",
     * "organisation" or "source"; empty when none.
     */
    java.util.Optional<String> kindOf(UUID id);

    /** The incident an act, proceeding or decision belongs to; the incident itself for an incident's id; empty otherwise. */
    java.util.Optional<UUID> incidentOf(UUID id);

    /** The incidents that name the person or organisation: as victim, perpetrator, filer, party or authority. */
    Set<UUID> incidentsNaming(UUID partyId);
}

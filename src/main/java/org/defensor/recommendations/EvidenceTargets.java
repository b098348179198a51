package org.defensor.recommendations;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.defensor.shared.Confidentiality;

/**
 * The records evidence can link to, declared by the modules that hold them (records' kinds here,
 * communications' in that module), so that this module reads their levels and names without
 * depending on every module.
 */
public interface EvidenceTargets {

    /** The kinds this bean answers for. */
    Set<EvidenceKind> kinds();

    /**
     * The level of the record, read with full clearance, whoever asks (only the level: no content);
     * empty when no record of this kind has the id.
     */
    Optional<Confidentiality> level(EvidenceKind kind, UUID id);

    /** What the record is called, its date (unknown when it has none) and its page, as the caller may read them; empty when they may not. */
    Optional<Named> describe(EvidenceKind kind, UUID id);

    /** A record's name and date. */
    record Named(String name, org.defensor.shared.FuzzyDate date, String path) {}
}

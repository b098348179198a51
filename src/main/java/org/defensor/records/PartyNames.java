package org.defensor.records;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.Confidentiality;

/**
 * The names of persons and organisations with what decides whether they may appear in public, read
 * with full clearance whoever asks and inside the caller's transaction: withholding a name from a
 * publication needs the name. For redaction only; nothing read here is ever shown.
 */
public interface PartyNames {

    /** A person or organisation: every spelling on record, its level and its redaction flag. */
    record Party(UUID id, boolean organisation, boolean individual, String name, List<String> otherNames,
                 Confidentiality confidentiality, boolean redactInPublications) {

        public List<String> spellings() {
            List<String> all = new java.util.ArrayList<>(List.of(name));
            all.addAll(otherNames);
            return all;
        }
    }

    /** The persons and organisations among {@code ids}, and those the incidents among {@code ids} name. */
    List<Party> of(Collection<UUID> ids);

    /** Every CONFIDENTIAL person and organisation on record. */
    List<Party> confidential();
}

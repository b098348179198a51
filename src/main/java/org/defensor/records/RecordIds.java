package org.defensor.records;

import java.util.Optional;
import java.util.UUID;

/**
 * The ids of every record of every kind, in one registry (table {@code record_id}, whose primary key
 * makes an id unique across kinds even between concurrent writes). Every write path that creates a
 * record claims its id, and releases it when the record is deleted.
 */
public interface RecordIds {

    /** The kind of the record that has {@code id} ("incident", "reply"...), if any. */
    Optional<String> holder(UUID id);

    /**
     * Registers {@code id} for a new record of {@code kind}, in the caller's transaction.
     *
     * @throws org.defensor.shared.InvalidRecordException on field {@code id} naming the id and the kind of the record that has it
     */
    void claim(UUID id, String kind);

    /** Forgets the id of a deleted record. */
    void release(UUID id);

    /** Why {@code id} cannot be given to a new record: the reason field {@code id} is refused with. */
    static String taken(UUID id, String holder) {
        return id + " is already the id of " + ("aeiou".indexOf(holder.charAt(0)) >= 0 ? "an " : "a ") + holder
                + "; ids are unique across every kind of record";
    }
}

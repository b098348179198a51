package org.defensor.records;

import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Reading and writing one kind of record. Reads return only what the caller's clearance allows;
 * every write is audited; an update or delete based on a stale version is refused.
 */
public interface RecordService<D> {

    D get(UUID id);

    Page<D> list(RecordFilter filter, Pageable page);

    D create(D data);

    /**
     * Checks a record as {@link #create} would, without writing it: references may also point to
     * {@code pending} ids (records about to be written with it, as in an import).
     *
     * @throws org.defensor.shared.InvalidRecordException naming every broken rule
     */
    void check(D data, java.util.Set<UUID> pending);

    /** Replaces the record with {@code data}, whose version must be the stored one. */
    D update(UUID id, D data);

    void delete(UUID id, long version);

    List<AuditEntry> history(UUID id);

    /** Who read the record and when (admins only): reads of RESTRICTED and CONFIDENTIAL records are audited. */
    List<AuditEntry> views(UUID id);

    /** The record's display name, for lists and links. */
    String displayName(UUID id);
}

package org.defensor.audit;

import java.util.List;
import org.defensor.shared.Confidentiality;

/** Records writes and reads in the tamper-evident chain and reads them back. */
public interface AuditTrail {

    /**
     * Records a write, in the caller's transaction. {@code before} is null for a creation, {@code
     * after} null for a deletion (which keeps the whole record it removed); both are the API
     * representation of the record, compared field by field. The entry carries a hash of the
     * record's stored state as the transaction commits it.
     */
    void record(String action, String recordType, Object recordId, Object before, Object after);

    /**
     * Records that the caller read a record: nothing for a PUBLIC one, for the system, or for a caller
     * cleared for PUBLIC records only. Written once
     * the read's transaction has committed, in a transaction of its own, so a read-only transaction
     * stays read-only.
     */
    void recordView(String recordType, Object recordId, Confidentiality level);

    /**
     * Records that the caller saw records in a list (names, titles, summaries), as {@link #recordView}:
     * one entry (action {@code list}) per RESTRICTED or CONFIDENTIAL record, appended together.
     */
    void recordListed(String recordType, java.util.Map<?, Confidentiality> levels);

    /** Records a read that is not of one record (a search, an export, a letter render), as {@link #recordView}. */
    void recordRead(String action, String recordType, Object recordId, String detail);

    /**
     * Removes, in the caller's transaction, the entries of records whose writes never committed as a
     * whole (an import a crash cut short, rolled back at the next start: the embedded database can keep
     * part of an uncommitted transaction) and chains the entries after them again. The caller records
     * the rollback itself as a write.
     *
     * @return how many entries were removed
     */
    int discardUncommitted(String recordType, java.util.Collection<String> recordIds);

    /** The writes to one record, newest first. */
    List<AuditEntry> history(String recordType, Object recordId);

    /** Who read one record and when, newest first. */
    List<AuditEntry> views(String recordType, Object recordId);

    /** The most recent writes across all records, newest first. */
    List<AuditEntry> recent(int limit);
}

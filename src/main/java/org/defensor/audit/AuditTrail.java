package org.defensor.audit;

import java.util.List;

/** Records writes and reads them back as a record's history. */
public interface AuditTrail {

    /**
     * Records a write. {@code before} is null for a creation, {@code after} null for a deletion
     * (which keeps the whole record it removed); both are the API representation of the record,
     * compared field by field.
     */
    void record(String action, String recordType, Object recordId, Object before, Object after);

    /** The history of one record, newest first. */
    List<AuditEntry> history(String recordType, Object recordId);

    /** The most recent writes across all records, newest first. */
    List<AuditEntry> recent(int limit);
}

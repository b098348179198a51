package org.defensor.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One write to a record: who did it, when, and each field that changed. */
public record AuditEntry(UUID id, Instant at, String actor, String action, String recordType, String recordId,
                         List<Change> changes) {

    /** A field and its value before and after, as JSON text. */
    public record Change(String field, String before, String after) {}
}

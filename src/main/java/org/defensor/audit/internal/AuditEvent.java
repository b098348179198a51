package org.defensor.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    UUID id;
    Instant at;
    String actor;
    String action;
    String recordType;
    String recordId;
    String changes;

    protected AuditEvent() {}

    AuditEvent(UUID id, Instant at, String actor, String action, String recordType, String recordId, String changes) {
        this.id = id;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.changes = changes;
    }
}

package org.defensor.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.defensor.encryption.SealedText;
import org.hibernate.annotations.Immutable;

/** An entry as read back for a history; entries are only ever written by {@link AuditChain}. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    UUID id;
    Long seq;
    Instant at;
    String actor;
    String action;
    String recordType;
    String recordId;
    @Convert(converter = SealedText.class)
    String changes;
    @Column(name = "is_read")
    boolean read;

    protected AuditEvent() {}
}

package org.defensor.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A one-time recovery code for an account's second factor: only its SHA-256 is stored. */
@Entity
@Table(name = "totp_recovery_code")
public class RecoveryCode {
    @Id
    UUID id;
    UUID userId;
    String codeHash;
    Instant createdAt;
    Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(UUID id, UUID userId, String codeHash, Instant createdAt) {
        this.id = id;
        this.userId = userId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }
}

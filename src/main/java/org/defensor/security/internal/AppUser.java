package org.defensor.security.internal;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.defensor.encryption.SealedText;
import org.defensor.security.Role;

@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    UUID id;
    String username;
    String passwordHash;
    @Enumerated(EnumType.STRING)
    Role role;
    boolean enabled;
    boolean mustChangePassword;
    Instant createdAt;
    /** Set when failed sign-ins reached the lockout; an admin clears it. */
    Instant lockedAt;
    /** The TOTP secret (base32): set while enrolling, in use once {@link #totpEnabledAt} is set. Never logged or shown again. */
    @Convert(converter = SealedText.class)
    String totpSecret;
    Instant totpEnabledAt;
    /** The time step of the last accepted code: a code of this step or an earlier one is a replay. */
    Long totpLastStep;

    protected AppUser() {}

    boolean hasSecondFactor() {
        return totpSecret != null && totpEnabledAt != null;
    }

    AppUser(UUID id, String username, String passwordHash, Role role, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }
}

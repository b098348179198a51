package org.defensor.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "api_token")
// Writes only the columns that changed: a revocation never writes back an older last use (TokenUses).
@org.hibernate.annotations.DynamicUpdate
public class ApiToken {
    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    AppUser user;
    String name;
    String tokenHash;
    Instant createdAt;
    Instant lastUsedAt;
    Instant expiresAt;
    Instant revokedAt;

    protected ApiToken() {}

    ApiToken(UUID id, AppUser user, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }
}

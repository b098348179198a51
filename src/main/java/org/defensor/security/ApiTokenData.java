package org.defensor.security;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as its owner and admins see it: never the token or its hash. */
public record ApiTokenData(UUID id, String username, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                           Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}

package org.defensor.security;

import java.time.Instant;
import java.util.UUID;

/** An account as shown to admins: never its password hash. */
public record UserAccount(UUID id, String username, Role role, boolean enabled, Instant createdAt) {}

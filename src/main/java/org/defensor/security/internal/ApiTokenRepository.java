package org.defensor.security.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {
    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** Moves the token's last use forward to {@code at} (never back), in one statement. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :at)")
    int recordUse(@Param("id") UUID id, @Param("at") java.time.Instant at);

    List<ApiToken> findByUserOrderByCreatedAt(AppUser user);
}

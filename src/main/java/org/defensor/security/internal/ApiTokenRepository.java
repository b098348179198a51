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

    /**
     * The token with its account and whether the second factor is mandatory ({@code null} without a
     * settings row), in one statement: everything an API request needs to know to sign in.
     */
    @Query("select t, s.secondFactorMandatory from ApiToken t join fetch t.user left join SecuritySetting s on s.id = 1 "
            + "where t.tokenHash = :hash")
    List<Object[]> findSignIn(@Param("hash") String tokenHash);

    /** Moves the token's last use forward to {@code at} (never back), in one statement. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :at)")
    int recordUse(@Param("id") UUID id, @Param("at") java.time.Instant at);

    List<ApiToken> findByUserOrderByCreatedAt(AppUser user);
}

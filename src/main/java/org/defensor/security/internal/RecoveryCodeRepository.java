package org.defensor.security.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    long countByUserIdAndUsedAtIsNull(UUID userId);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);

    /** Uses an unused code in one statement, so that two requests cannot both use it: 1 when it was used now. */
    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :now where c.userId = :userId and c.codeHash = :hash and c.usedAt is null")
    int use(@Param("userId") UUID userId, @Param("hash") String hash, @Param("now") Instant now);
}

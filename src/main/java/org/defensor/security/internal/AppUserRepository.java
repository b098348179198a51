package org.defensor.security.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, UUID> {
    Optional<AppUser> findByUsername(String username);

    /** The account and whether the second factor is mandatory ({@code null} without a settings row), in one statement. */
    @Query("select u, s.secondFactorMandatory from AppUser u left join SecuritySetting s on s.id = 1 where u.username = :username")
    List<Object[]> findSignIn(@Param("username") String username);

    List<AppUser> findByTotpEnabledAtIsNotNull();

    /**
     * Remembers that a TOTP code of this time step was accepted, in one statement, so that two
     * requests cannot both use it: 1 when the step is later than every step accepted before.
     */
    @Modifying
    @Query("update AppUser u set u.totpLastStep = :step where u.id = :id and (u.totpLastStep is null or u.totpLastStep < :step)")
    int advanceTotpStep(@Param("id") UUID id, @Param("step") long step);
}

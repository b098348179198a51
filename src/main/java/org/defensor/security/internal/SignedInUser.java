package org.defensor.security.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The account an API request signed in as, with what the API's gates ({@link SecondFactorFilter},
 * {@link OneTimePasswordFilter}) need to know about it, read in the same query as the credentials:
 * so that a request reads the account once, and sees it as it is now. The pages' gates read the
 * account again instead, because a session's principal outlives changes to it.
 */
final class SignedInUser extends User {

    private final boolean mustChangePassword;
    private final JpaSecondFactors.Requirement requirement;

    SignedInUser(String username, String passwordHash, boolean enabled, boolean locked,
                 Collection<? extends GrantedAuthority> authorities, boolean mustChangePassword,
                 JpaSecondFactors.Requirement requirement) {
        super(username, passwordHash == null ? "" : passwordHash, enabled, true, true, !locked, authorities);
        this.mustChangePassword = mustChangePassword;
        this.requirement = requirement;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    JpaSecondFactors.Requirement requirement() {
        return requirement;
    }

    // equals and hashCode stay User's (by username): the session registry finds a principal by them.
}

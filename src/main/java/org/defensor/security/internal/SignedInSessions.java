package org.defensor.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends every other signed-in web session of an account whose password changed, or whose second
 * factor an admin reset; the session that made the change stays.
 */
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void passwordChanged(JpaAccounts.PasswordChanged changed) {
        endOtherSessions(changed.username());
    }

    /** An admin reset the account's second factor: a session that gave it must not outlive it. */
    @EventListener
    void secondFactorReset(JpaSecondFactors.SecondFactorReset reset) {
        endOtherSessions(reset.username());
    }

    private void endOtherSessions(String username) {
        var request = RequestContextHolder.getRequestAttributes();
        String current = request == null ? null : request.getSessionId();
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                registry.getAllSessions(principal, false).stream()
                        .filter(s -> !s.getSessionId().equals(current))
                        .forEach(s -> s.expireNow());
            }
        }
    }
}

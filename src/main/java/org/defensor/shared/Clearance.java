package org.defensor.shared;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The most confidential level the current caller may read: editors and admins read everything,
 * viewers all but CONFIDENTIAL, an unauthenticated caller only PUBLIC records.
 */
public final class Clearance {
    private Clearance() {}

    public static Confidentiality current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Confidentiality.PUBLIC;
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (roles.contains("ROLE_ADMIN") || roles.contains("ROLE_EDITOR")) {
            return Confidentiality.CONFIDENTIAL;
        }
        if (roles.contains("ROLE_VIEWER")) {
            return Confidentiality.RESTRICTED;
        }
        return Confidentiality.PUBLIC;
    }

    /** The levels the current caller may read. */
    public static Set<Confidentiality> readable() {
        Confidentiality max = current();
        return java.util.EnumSet.range(Confidentiality.PUBLIC, max);
    }

    public static boolean mayRead(Confidentiality level) {
        return level.compareTo(current()) <= 0;
    }

    /** Who is acting, for the audit trail; "system" for the command line and start-up tasks. */
    public static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    /**
     * Runs start-up and command-line work as the "system" actor, who may read and write everything.
     * Refused inside a transaction: clearance is widened before a unit of work begins, never in the
     * middle of one that has already read as someone else.
     */
    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("clearance is widened to the system's only outside a transaction");
        }
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "system", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}

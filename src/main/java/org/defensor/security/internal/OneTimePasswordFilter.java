package org.defensor.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account signed in with its one-time password may do nothing but change it: pages redirect to
 * the account page, the API answers 403.
 */
class OneTimePasswordFilter extends OncePerRequestFilter {

    private static final String CHECKED = OneTimePasswordFilter.class.getName() + ".checked";
    private static final List<String> ALLOWED = List.of("/account", "/logout", "/login", "/webjars/", "/css/", "/js/", "/error");

    private final JpaAccounts accounts;
    private final boolean api;

    /** {@code api}: the account as the request's own sign-in read it ({@link SignedInUser}); pages read it again. */
    OneTimePasswordFilter(JpaAccounts accounts, boolean api) {
        this.accounts = accounts;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        boolean checked = session != null && Boolean.TRUE.equals(session.getAttribute(CHECKED));
        if (auth != null && auth.isAuthenticated() && !checked && !allowed(request)) {
            boolean mustChange = api && auth.getPrincipal() instanceof SignedInUser user
                    ? user.mustChangePassword() : accounts.mustChangePassword(auth.getName());
            if (mustChange) {
                if (request.getRequestURI().startsWith("/api/")) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN,
                            "Change the one-time password of this account first (sign in to the web application)");
                } else {
                    response.sendRedirect(request.getContextPath() + "/account?oneTimePassword");
                }
                return;
            }
            if (session != null) {
                session.setAttribute(CHECKED, Boolean.TRUE); // asked once per session, not on every page
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED.stream().anyMatch(path::startsWith);
    }
}

package org.defensor.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry "Authorization: Bearer dfs_..." with a personal API token that is
 * neither expired nor revoked. Unknown tokens count as failed sign-ins of the caller's address, which
 * is then throttled like password sign-ins (429 with Retry-After).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final JpaAccounts accounts;
    private final SignInThrottle throttle;

    BearerTokenFilter(JpaAccounts accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            var wait = throttle.wait(null, request.getRemoteAddr());
            if (wait.isPresent()) {
                SecurityConfiguration.tooManyAttempts(response, new SignInThrottledException(wait.get()));
                return;
            }
            var user = accounts.authenticateToken(header.substring(7).strip());
            if (user.isEmpty()) {
                throttle.failed(null, request.getRemoteAddr());
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown, expired or revoked API token");
                return;
            }
            var auth = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}

package org.defensor.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second factor's gate (ADR 010). Pages: an account with a second factor whose session has not
 * given a code is sent to the code page, and, while the second factor is mandatory, an account
 * without one to the enrolment page; nothing else opens until then. The API: HTTP Basic cannot
 * carry a code, so an account with a second factor is refused (401) there and uses an API token;
 * while the second factor is mandatory, an account without one reaches nothing but the enrolment
 * endpoints (403).
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String ENROL_PAGE = "/account/second-factor";
    static final String ENROL_API = "/api/v1/account/second-factor";
    private static final List<String> ALWAYS = List.of("/logout", "/webjars/", "/css/", "/js/", "/error", "/favicon.ico");

    private final JpaSecondFactors factors;
    private final boolean api;

    SecondFactorFilter(JpaSecondFactors factors, boolean api) {
        this.factors = factors;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || ALWAYS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        // The API reads the account with the credentials on each request; a page's session principal may be older.
        JpaSecondFactors.Requirement requirement = api && auth.getPrincipal() instanceof SignedInUser user
                ? user.requirement() : factors.requirement(auth.getName());
        if (api) {
            String header = request.getHeader("Authorization");
            boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
            if (requirement == JpaSecondFactors.Requirement.CODE && basic) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Defensor\"");
                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "This account has a second factor, which HTTP Basic cannot carry: "
                        + "call the API with a personal API token (Authorization: Bearer ...) instead");
                return;
            }
            if (requirement == JpaSecondFactors.Requirement.ENROL && !path.startsWith(ENROL_API)) {
                problem(response, HttpServletResponse.SC_FORBIDDEN, "A second factor is mandatory on this server: enrol first "
                        + "(your account page, or POST " + ENROL_API + ")");
                return;
            }
        } else if (requirement == JpaSecondFactors.Requirement.CODE && !SecondFactorSession.given(request, auth.getName())) {
            if (!path.equals(CODE_PAGE)) {
                response.sendRedirect(request.getContextPath() + CODE_PAGE);
                return;
            }
        } else if (requirement == JpaSecondFactors.Requirement.ENROL && !path.startsWith(ENROL_PAGE)) {
            response.sendRedirect(request.getContextPath() + ENROL_PAGE + "?required");
            return;
        }
        chain.doFilter(request, response);
    }

    /** An RFC 9457 problem saying what to do (the error page would drop the reason). */
    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
                + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"detail\":\"" + detail + "\"}");
    }
}

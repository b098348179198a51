package org.defensor.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether a signed-in web session has given its second factor: a session attribute only this
 * package sets, when a code was accepted in the request that the session made.
 */
final class SecondFactorSession {

    private static final String GIVEN = SecondFactorSession.class.getName() + ".given";

    private SecondFactorSession() {}

    /** The current request's session has given the account's second factor; it gets a new id (no fixation). */
    static void given(String username) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getSession(false) != null) {
                request.changeSessionId();
                request.getSession().setAttribute(GIVEN, username);
            }
        }
    }

    static boolean given(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        return session != null && username.equals(session.getAttribute(GIVEN));
    }
}

package org.defensor.security.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: try again after {@link #retryAfter()}; answered 429 with Retry-After. */
class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least 1: what Retry-After says. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}

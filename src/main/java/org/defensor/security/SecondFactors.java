package org.defensor.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The optional TOTP second factor (RFC 6238, 6 digits, 30 s, SHA-1: what authenticator apps read)
 * and the admins' setting that makes it mandatory (ADR 010). A code is accepted once: a code of a
 * time step already used is refused. Every write is audited; the secret and the recovery codes are
 * never logged, and recovery codes are stored as hashes only.
 */
public interface SecondFactors {

    /** How many recovery codes an account gets when it turns the second factor on. */
    int RECOVERY_CODES = 10;

    /** Whether the account has a second factor, is enrolling, how many recovery codes it has left, and whether it is mandatory. */
    record Status(boolean enabled, boolean enrolling, long recoveryCodesLeft, boolean mandatory) {}

    /** What an authenticator app needs: the secret (base32), the otpauth:// URI and that URI as a QR code (a PNG data: URI). */
    record Enrolment(String secret, String uri, String qrCode) {
        @Override
        public String toString() {
            return "Enrolment[secret hidden]"; // never in a log line
        }
    }

    /** The answer to a code given at sign-in. */
    enum Outcome { ACCEPTED, WRONG, THROTTLED, LOCKED }

    /** {@code retryAfter} is set when {@link Outcome#THROTTLED}. */
    record CodeCheck(Outcome outcome, Duration retryAfter) {}

    Status status(String username);

    /**
     * Starts (or starts again) enrolling: a new secret, not in use until {@link #confirm} receives a
     * current code made from it. Refused while the second factor is on.
     */
    Enrolment enrol(String username);

    /** The enrolment started and not yet confirmed, shown again until it is. */
    Optional<Enrolment> pendingEnrolment(String username);

    /**
     * Turns the second factor on when the code is current for the pending secret, and returns the
     * new recovery codes: shown once, only their hashes are kept. A signed-in session that confirms
     * has given its second factor.
     */
    List<String> confirm(String username, String code);

    /** Turns the second factor off: needs a current code; refused while it is mandatory. Throttled like sign-in codes. */
    void disable(String username, String code);

    /**
     * A code (or a recovery code, used up) given after the password at sign-in: throttled per
     * account and per address like passwords, and the account is locked after as many failures as
     * passwords lock it. When accepted, the caller's session has given its second factor.
     */
    CodeCheck signIn(String username, String code, String address);

    /** Admins: removes an account's second factor and recovery codes, and ends its sessions. False when it had none. */
    boolean reset(String username);

    /** The accounts with a second factor on. */
    Set<String> enabledAccounts();

    boolean mandatory();

    /** Admins: when on, an account without a second factor may do nothing but enrol after signing in. */
    void setMandatory(boolean mandatory);
}

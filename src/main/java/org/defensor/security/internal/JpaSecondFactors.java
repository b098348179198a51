package org.defensor.security.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.defensor.audit.AuditTrail;
import org.defensor.security.SecondFactors;
import org.defensor.shared.InvalidRecordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP with dev.samstevens.totp: its secret generator (160 random bits, base32), code generator
 * (RFC 6238 HMAC-SHA1, 6 digits, 30 s steps), otpauth URI, QR code and recovery code generator.
 * Codes are checked here rather than with the library's verifier, because the verifier does not
 * say which time step matched, and the step is what stops a replay: a code is accepted for the
 * current step or one either side (clock drift) and only if that step is later than the last one
 * accepted, recorded in one conditional update.
 */
@Service
@Transactional
class JpaSecondFactors implements SecondFactors {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    /** Steps either side of the current one still accepted: phones whose clock is a little off. */
    static final int DRIFT_STEPS = 1;

    /** What a gate in front of the application asks of a signed-in account. */
    enum Requirement {
        /** Nothing: no second factor, and it is not mandatory. */
        NONE,
        /** A code, once per session. */
        CODE,
        /** Enrolling: it is mandatory and the account has none. */
        ENROL
    }

    /** An account's second factor was reset by an admin: its sessions end (see SignedInSessions). */
    record SecondFactorReset(String username) {}

    private final AppUserRepository users;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecuritySettingRepository settings;
    private final JpaAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final int lockoutAfter;
    private final String issuer;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();
    private final RecoveryCodeGenerator recovery = new RecoveryCodeGenerator();

    JpaSecondFactors(AppUserRepository users, RecoveryCodeRepository recoveryCodes, SecuritySettingRepository settings,
                     JpaAccounts accounts, AuditTrail audit, Clock clock, SignInThrottle throttle, ApplicationEventPublisher events,
                     @Value("${defensor.sign-in.lockout-after:10}") int lockoutAfter,
                     @Value("${defensor.second-factor.issuer:Defensor}") String issuer) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
        this.events = events;
        this.lockoutAfter = lockoutAfter;
        this.issuer = issuer;
    }

    /** The throttle's key for an account's code failures: apart from its password failures, which a correct password forgets. */
    static String throttleKey(String username) {
        return "code:" + username; // usernames have no ':'
    }

    @Override
    @Transactional(readOnly = true)
    public Status status(String username) {
        AppUser user = user(username);
        return new Status(user.hasSecondFactor(), user.totpSecret != null && user.totpEnabledAt == null,
                user.hasSecondFactor() ? recoveryCodes.countByUserIdAndUsedAtIsNull(user.id) : 0, mandatory());
    }

    @Transactional(readOnly = true)
    Requirement requirement(String username) {
        Optional<AppUser> user = users.findByUsername(username);
        if (user.isEmpty()) {
            return Requirement.NONE;
        }
        return requirement(user.get(), mandatory());
    }

    /** What an account must do before anything else, given whether the second factor is mandatory. */
    static Requirement requirement(AppUser user, boolean mandatory) {
        if (user.hasSecondFactor()) {
            return Requirement.CODE;
        }
        return mandatory ? Requirement.ENROL : Requirement.NONE;
    }

    @Override
    public Enrolment enrol(String username) {
        AppUser user = user(username);
        if (user.hasSecondFactor()) {
            throw new InvalidRecordException("secondFactor", "is already on; turn it off first to enrol another device");
        }
        user.totpSecret = secrets.generate();
        user.totpLastStep = null;
        audit.record("enrol-second-factor", "user", user.id, null, Map.of("secondFactor", "enrolling"));
        return enrolment(user);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Enrolment> pendingEnrolment(String username) {
        AppUser user = user(username);
        return user.totpSecret != null && user.totpEnabledAt == null ? Optional.of(enrolment(user)) : Optional.empty();
    }

    private Enrolment enrolment(AppUser user) {
        QrData data = new QrData.Builder().label(user.username).secret(user.totpSecret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return new Enrolment(user.totpSecret, data.getUri(), Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
        } catch (QrGenerationException e) {
            // The secret and URI in text still work; the exception's message is not logged, it may hold the URI.
            return new Enrolment(user.totpSecret, data.getUri(), null);
        }
    }

    @Override
    public List<String> confirm(String username, String code) {
        AppUser user = user(username);
        if (user.hasSecondFactor()) {
            throw new InvalidRecordException("secondFactor", "is already on");
        }
        if (user.totpSecret == null) {
            throw new InvalidRecordException("secondFactor", "enrol first: there is no secret to confirm");
        }
        if (!acceptCode(user, code)) {
            throw new InvalidRecordException("code", "is not the current code of the authenticator app (check that the phone's clock is right)");
        }
        user.totpEnabledAt = clock.instant();
        List<String> issued = newRecoveryCodes(user);
        audit.record("enable-second-factor", "user", user.id, Map.of("secondFactor", "off"),
                Map.of("secondFactor", "on", "recoveryCodes", issued.size()));
        SecondFactorSession.given(username);
        return issued;
    }

    private List<String> newRecoveryCodes(AppUser user) {
        recoveryCodes.deleteByUser(user.id);
        List<String> issued = Arrays.asList(recovery.generateCodes(RECOVERY_CODES));
        Instant now = clock.instant();
        for (String c : issued) {
            recoveryCodes.save(new RecoveryCode(UUID.randomUUID(), user.id, recoveryHash(c), now));
        }
        return issued;
    }

    @Override
    public void disable(String username, String code) {
        AppUser user = user(username);
        if (!user.hasSecondFactor()) {
            throw new InvalidRecordException("secondFactor", "is not on");
        }
        if (mandatory()) {
            throw new InvalidRecordException("secondFactor", "is mandatory on this server; an admin can reset it if the device is lost");
        }
        var wait = throttle.wait(throttleKey(username), null);
        if (wait.isPresent()) {
            throw new InvalidRecordException("code", "too many wrong codes; try again in " + SignInThrottledException.seconds(wait.get()) + " s");
        }
        if (!acceptCode(user, code)) {
            throttle.failed(throttleKey(username), null);
            throw new InvalidRecordException("code", "is not the current code of the authenticator app");
        }
        throttle.forget(throttleKey(username));
        clear(user);
        audit.record("disable-second-factor", "user", user.id, Map.of("secondFactor", "on"), Map.of("secondFactor", "off"));
    }

    @Override
    public CodeCheck signIn(String username, String code, String address) {
        String key = throttleKey(username);
        var wait = throttle.wait(key, address);
        if (wait.isPresent()) {
            return new CodeCheck(Outcome.THROTTLED, wait.get());
        }
        AppUser user = user(username);
        if (user.lockedAt != null) {
            return new CodeCheck(Outcome.LOCKED, null);
        }
        if (!user.hasSecondFactor()) {
            return new CodeCheck(Outcome.ACCEPTED, null); // nothing to give (reset meanwhile)
        }
        boolean accepted = acceptCode(user, code) || useRecoveryCode(user, code);
        if (!accepted) {
            if (throttle.failed(key, address) >= lockoutAfter) {
                accounts.lock(username);
                return new CodeCheck(Outcome.LOCKED, null);
            }
            return new CodeCheck(Outcome.WRONG, null);
        }
        throttle.forget(key);
        SecondFactorSession.given(username);
        return new CodeCheck(Outcome.ACCEPTED, null);
    }

    /** A current code not used before: its step is then remembered, so that it is not accepted again. */
    private boolean acceptCode(AppUser user, String code) {
        OptionalLong step = matchingStep(user.totpSecret, code == null ? "" : code.strip());
        if (step.isEmpty() || (user.totpLastStep != null && step.getAsLong() <= user.totpLastStep)) {
            return false;
        }
        if (users.advanceTotpStep(user.id, step.getAsLong()) == 0) {
            return false; // another request used it a moment ago
        }
        user.totpLastStep = step.getAsLong(); // what the row now says, so that flushing the entity keeps it
        return true;
    }

    private OptionalLong matchingStep(String secret, String code) {
        if (secret == null || !code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            try {
                if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII), given)) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("TOTP code generation failed", e); // no secret in the message
            }
        }
        return OptionalLong.empty();
    }

    private boolean useRecoveryCode(AppUser user, String code) {
        String normal = normalRecoveryCode(code);
        if (normal.length() < 16) {
            return false;
        }
        if (recoveryCodes.use(user.id, JpaAccounts.sha256(normal), clock.instant()) == 0) {
            return false;
        }
        audit.record("use-recovery-code", "user", user.id, null,
                Map.of("recoveryCodesLeft", recoveryCodes.countByUserIdAndUsedAtIsNull(user.id)));
        return true;
    }

    private static String recoveryHash(String code) {
        return JpaAccounts.sha256(normalRecoveryCode(code));
    }

    /** Lower case letters and digits only: "ABCD-efgh ..." and "abcdefgh..." are the same code. */
    private static String normalRecoveryCode(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    @Override
    public boolean reset(String username) {
        AppUser user = user(username);
        boolean had = user.totpSecret != null;
        if (had) {
            clear(user);
            audit.record("reset-second-factor", "user", user.id, Map.of("secondFactor", "on"), Map.of("secondFactor", "off"));
        }
        throttle.forget(throttleKey(username));
        events.publishEvent(new SecondFactorReset(username));
        return had;
    }

    private void clear(AppUser user) {
        user.totpSecret = null;
        user.totpEnabledAt = null;
        user.totpLastStep = null;
        recoveryCodes.deleteByUser(user.id);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> enabledAccounts() {
        Set<String> names = new TreeSet<>();
        users.findByTotpEnabledAtIsNotNull().forEach(u -> names.add(u.username));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mandatory() {
        return settings.findById(SecuritySetting.ONLY).map(s -> s.secondFactorMandatory).orElse(false);
    }

    @Override
    public void setMandatory(boolean mandatory) {
        SecuritySetting setting = settings.findById(SecuritySetting.ONLY).orElseThrow();
        if (setting.secondFactorMandatory != mandatory) {
            audit.record("update", "security-setting", "second-factor", Map.of("secondFactorMandatory", setting.secondFactorMandatory),
                    Map.of("secondFactorMandatory", mandatory));
            setting.secondFactorMandatory = mandatory;
        }
    }

    private AppUser user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new InvalidRecordException("username", "no such account"));
    }
}

package org.defensor.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.defensor.audit.AuditTrail;
import org.defensor.security.Accounts;
import org.defensor.security.ApiTokenData;
import org.defensor.security.Role;
import org.defensor.security.UserAccount;
import org.defensor.shared.InvalidRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaAccounts implements Accounts, UserDetailsService {

    static final String TOKEN_PREFIX = "dfs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TokenUses uses;
    private final JdbcTokenSignIn tokenSignIn;
    private final PasswordPolicy policy = new PasswordPolicy();

    JpaAccounts(AppUserRepository users, ApiTokenRepository tokens, PasswordEncoder encoder, AuditTrail audit, Clock clock,
                SignInThrottle throttle, ApplicationEventPublisher events, TokenUses uses,
                JdbcTokenSignIn tokenSignIn) {
        this.uses = uses;
        this.tokenSignIn = tokenSignIn;
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
        this.events = events;
    }

    /** The account's password changed: its other sessions end (see SignedInSessions). */
    record PasswordChanged(String username) {}

    @Override
    public UserAccount create(String username, String password, Role role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new InvalidRecordException("username", "must be 2 to 100 letters, digits or . _ @ -");
        }
        checkPolicy(password);
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidRecordException("username", "'" + username + "' is taken");
        }
        AppUser user = users.save(new AppUser(UUID.randomUUID(), username, encoder.encode(password), role, clock.instant()));
        UserAccount account = view(user);
        audit.record("create", "user", user.id, null, account);
        return account;
    }

    @Override
    public String createWithOneTimePassword(String username, Role role) {
        String password = randomPassword();
        create(username, password, role);
        users.findByUsername(username).orElseThrow().mustChangePassword = true;
        return password;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(u -> u.mustChangePassword).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return users.findAll().stream().map(JpaAccounts::view).sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username).map(JpaAccounts::view);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return users.count() == 0;
    }

    @Override
    public void changePassword(String username, String newPassword) {
        checkPolicy(newPassword);
        AppUser user = user(username);
        user.passwordHash = encoder.encode(newPassword);
        user.mustChangePassword = false;
        audit.record("change-password", "user", user.id, null, null);
        Instant now = clock.instant();
        for (ApiToken token : tokens.findByUserOrderByCreatedAt(user)) {
            if (token.revokedAt == null) {
                token.revokedAt = now;
                audit.record("revoke-token", "user", user.id, null, java.util.Map.of("token", token.name, "reason", "password changed"));
            }
        }
        events.publishEvent(new PasswordChanged(username));
    }

    private void checkPolicy(String password) {
        List<String> broken = policy.violations(password);
        if (!broken.isEmpty()) {
            throw new InvalidRecordException(broken.stream().map(r -> new InvalidRecordException.Violation("password", r)).toList());
        }
    }

    private AppUser user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new InvalidRecordException("username", "no such account"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiTokenData> tokens(String username) {
        return tokens.findByUserOrderByCreatedAt(user(username)).stream().map(this::view).toList();
    }

    @Override
    public boolean revokeToken(String username, UUID tokenId) {
        return tokens.findById(tokenId).filter(t -> t.user.username.equals(username)).map(this::revoke).orElse(false);
    }

    @Override
    public boolean revokeToken(UUID tokenId) {
        return tokens.findById(tokenId).map(this::revoke).orElse(false);
    }

    private boolean revoke(ApiToken token) {
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
            audit.record("revoke-token", "user", token.user.id, null, java.util.Map.of("token", token.name));
        }
        return true;
    }

    /** Locks the account after repeated failed sign-ins (see PasswordSignIn). */
    void lock(String username) {
        users.findByUsername(username).filter(u -> u.lockedAt == null).ifPresent(u -> {
            u.lockedAt = clock.instant();
            audit.record("lock", "user", u.id, null, java.util.Map.of("reason", "repeated failed sign-ins"));
        });
    }

    @Override
    public boolean unlock(String username) {
        AppUser user = user(username);
        throttle.forget(username);
        throttle.forget(JpaSecondFactors.throttleKey(username));
        if (user.lockedAt == null) {
            return false;
        }
        user.lockedAt = null;
        audit.record("unlock", "user", user.id, null, null);
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> locked() {
        Set<String> names = new TreeSet<>();
        users.findAll().stream().filter(u -> u.lockedAt != null).forEach(u -> names.add(u.username));
        return names;
    }

    /** Declared here, not only as the interface's default, so that it runs in this class's transaction. */
    @Override
    public String issueToken(String username, String name) {
        return issueToken(username, name, DEFAULT_TOKEN_VALIDITY);
    }

    @Override
    public String issueToken(String username, String name, Duration validFor) {
        if (validFor == null || validFor.isNegative() || validFor.isZero() || validFor.compareTo(Duration.ofDays(3650)) > 0) {
            throw new InvalidRecordException("expires", "must be between 1 second and 3650 days from now");
        }
        AppUser user = user(username);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(UUID.randomUUID(), user, name == null || name.isBlank() ? "token" : name,
                sha256(token), clock.instant(), clock.instant().plus(validFor)));
        audit.record("issue-token", "user", user.id, null, java.util.Map.of("token", saved.name));
        return token;
    }

    @Override
    public String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return details(user);
    }

    /**
     * The account a bearer token stands for, if the token is known, neither expired nor revoked and its
     * account neither disabled nor locked: read in one statement on each request, so that a revocation
     * counts at once; read-only, the use is noted in memory and written later ({@link TokenUses}).
     */
    // Plain SQL outside any transaction: one autocommit read, and no Hibernate query translated again on
    // each request (a session with the clearance filter enabled does not reuse query plans).
    @Transactional(propagation = Propagation.SUPPORTS)
    Optional<SignedInUser> authenticateToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokenSignIn.find(sha256(token), now).map(found -> {
            uses.used(found.tokenId(), now);
            return found.user();
        });
    }

    /**
     * A password sign-in's account with what the API's gates need, in one statement; with its password
     * hash, which the sign-in checks (and Spring Security erases afterwards).
     */
    @Transactional(readOnly = true)
    SignedInUser signInAccount(String username) {
        Object[] row = users.findSignIn(username).stream().findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return signedIn((AppUser) row[0], Boolean.TRUE.equals(row[1]), true);
    }

    private static SignedInUser signedIn(AppUser user, boolean mandatory, boolean withPassword) {
        return new SignedInUser(user.username, withPassword ? user.passwordHash : null, user.enabled, user.lockedAt != null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role.name())), user.mustChangePassword,
                JpaSecondFactors.requirement(user, mandatory));
    }

    private static UserDetails details(AppUser user) {
        return User.withUsername(user.username).password(user.passwordHash).disabled(!user.enabled).accountLocked(user.lockedAt != null)
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + user.role.name()))).build();
    }

    private static UserAccount view(AppUser user) {
        return new UserAccount(user.id, user.username, user.role, user.enabled, user.createdAt);
    }

    private ApiTokenData view(ApiToken t) {
        return new ApiTokenData(t.id, t.user.username, t.name, t.createdAt, t.expiresAt, uses.lastUsed(t.id, t.lastUsedAt), t.revokedAt);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

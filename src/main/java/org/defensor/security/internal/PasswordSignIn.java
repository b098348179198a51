package org.defensor.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in for the form and HTTP Basic: refused at once while the account or
 * the address is throttled (see {@link SignInThrottle}) or the account is locked; a failure counts
 * against both and locks the account at {@code lockoutAfter} failures. A correct password is
 * remembered for a few minutes as an HMAC (random per-process key) of the account, its current
 * password hash and the password, so that Argon2id runs on a cache miss only, not on every Basic
 * request; a password change changes the hash and so invalidates the entry.
 */
final class PasswordSignIn implements org.springframework.security.authentication.AuthenticationProvider {

    static final Duration REMEMBER = Duration.ofMinutes(5);

    private final JpaAccounts accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final int lockoutAfter;
    private final Cache<String, Boolean> verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(REMEMBER).build();
    private final SecretKeySpec key;
    private volatile String unknownAccountHash;

    PasswordSignIn(JpaAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle, int lockoutAfter) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.lockoutAfter = lockoutAfter;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = address(attempt);
        var wait = throttle.wait(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        UserDetails user;
        try {
            user = accounts.signInAccount(username);
        } catch (UsernameNotFoundException e) {
            encoder.matches(password, unknownAccountHash()); // as long as for a known account: names cannot be probed by timing
            throttle.failed(username, address);
            throw new BadCredentialsException("Wrong username or password");
        }
        if (!user.isAccountNonLocked()) {
            throw new LockedException("This account is locked after repeated failed sign-ins; an admin can unlock it");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("This account is disabled");
        }
        String remembered = hmac(username + '\0' + user.getPassword() + '\0' + password);
        if (verified.getIfPresent(remembered) == null) {
            if (!encoder.matches(password, user.getPassword())) {
                if (throttle.failed(username, address) >= lockoutAfter) {
                    accounts.lock(username);
                }
                throw new BadCredentialsException("Wrong username or password");
            }
            verified.put(remembered, Boolean.TRUE);
        }
        throttle.forget(username);
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }

    private String unknownAccountHash() {
        if (unknownAccountHash == null) {
            unknownAccountHash = encoder.encode("no account has this password");
        }
        return unknownAccountHash;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

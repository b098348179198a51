package org.defensor.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted per account and per address (remote IP), in bounded maps that forget an
 * entry an hour after its last failure. After {@code freeFailures} failures, each further one makes
 * the next attempt wait twice as long (1 s, 2 s, 4 s ... at most 15 minutes): an attempt during the
 * wait is refused without checking the password, so that nobody holds a server thread while waiting.
 */
final class SignInThrottle {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** Failures so far and when the next attempt is allowed. */
    record Failures(int count, Instant nextAttempt) {}

    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;
    private final int freePerAccount;
    private final int freePerAddress;
    private final Clock clock;

    SignInThrottle(int freePerAccount, int freePerAddress, long maxEntries, Clock clock) {
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.clock = clock;
        this.accounts = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(FORGET_AFTER).build();
        this.addresses = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(FORGET_AFTER).build();
    }

    /** How long the caller must still wait before this account may be tried from this address, if at all. */
    Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(next(accounts, username), next(addresses, address));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failure for the account (when one was named) and the address; returns the account's count. */
    int failed(String username, String address) {
        if (address != null) {
            count(addresses, address, freePerAddress);
        }
        return username == null ? 0 : count(accounts, username, freePerAccount).count();
    }

    /** A correct sign-in, or an admin's unlock: the account starts afresh (its address does not). */
    void forget(String username) {
        accounts.invalidate(username);
    }

    long entries() {
        accounts.cleanUp();
        addresses.cleanUp();
        return accounts.estimatedSize() + addresses.estimatedSize();
    }

    private Failures count(Cache<String, Failures> failures, String key, int free) {
        return failures.asMap().compute(key, (k, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            return new Failures(count, clock.instant().plus(delay(count, free)));
        });
    }

    /** No wait for the first {@code free} failures, then 1 s doubling at each failure, at most {@link #LONGEST_WAIT}. */
    static Duration delay(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Instant next(Cache<String, Failures> failures, String key) {
        Failures f = key == null ? null : failures.getIfPresent(key);
        return f == null ? Instant.MIN : f.nextAttempt();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

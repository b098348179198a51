package org.defensor.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.defensor.support.TestClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(5, 20, 1000, clock);

    @Test
    void theFirstFiveFailuresOfAnAccountAreFreeThenEachDoublesTheWait() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("dana", "10.0.0." + i);
        }
        assertThat(throttle.wait("dana", "10.0.0.9")).isEmpty();
        throttle.failed("dana", "10.0.0.9");
        assertThat(throttle.wait("dana", "10.0.0.9")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("dana", "10.0.0.9");
        assertThat(throttle.wait("dana", "10.0.0.9")).contains(Duration.ofSeconds(2));
        assertThat(throttle.wait("other", "10.0.0.8")).as("another account from another address").isEmpty();
    }

    @Test
    void anAddressIsThrottledAfterItsFreeFailuresWhateverTheAccounts() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("guess-" + i, "10.0.0.1");
        }
        assertThat(throttle.wait("someone-else", "10.0.0.1")).isPresent();
        assertThat(throttle.wait("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void theWaitGrowsNoLongerThanFifteenMinutes() {
        assertThat(SignInThrottle.delay(5, 5)).isZero();
        assertThat(SignInThrottle.delay(6, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.delay(10, 5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(SignInThrottle.delay(1000, 5)).isEqualTo(SignInThrottle.LONGEST_WAIT);
    }

    @Test
    void aCorrectSignInForgetsTheAccountsFailuresButNotTheAddresss() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("dana", "10.0.0.1");
        }
        throttle.forget("dana");
        assertThat(throttle.wait("dana", "10.0.0.2")).isEmpty();
        assertThat(throttle.wait("dana", "10.0.0.1")).isPresent();
    }

    @Test
    void manyAddressesKeepNoMoreEntriesThanTheBound() {
        SignInThrottle small = new SignInThrottle(5, 20, 100, clock);
        for (int i = 0; i < 10_000; i++) {
            small.failed("guess-" + i, "10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(small.entries()).isLessThanOrEqualTo(200);
    }
}

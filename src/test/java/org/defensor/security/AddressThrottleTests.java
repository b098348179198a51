package org.defensor.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Failed sign-ins from one address over many account names throttle that address, also for bearer tokens. */
@TestPropertySource(properties = "defensor.sign-in.free-failures-per-address=8")
class AddressThrottleTests extends ServerTest {

    @Test
    void guessingManyAccountsFromOneAddressThrottlesTheAddress() {
        for (int i = 0; i < 9; i++) {
            assertThat(Api.as(port, "guess-" + i, "not-the-password").get("/api/v1/provisions").status()).isEqualTo(401);
        }
        assertThat(Api.as(port, "guess-10", "not-the-password").get("/api/v1/provisions").status()).isEqualTo(429);
        assertThat(Api.withToken(port, "dfs_guessed").get("/api/v1/provisions").status()).isEqualTo(429);
        assertThat(editor.get("/api/v1/provisions").status()).as("the address waits, whoever signs in").isEqualTo(429);
    }
}

package org.defensor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.defensor.shared.Clearance;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in on a real server: throttle and lockout per account, admin unlock, the Basic credential
 * cache (observed by counting the real Argon2id encoder's checks), token expiry and revocation, and
 * what a password change ends. The address limit is raised here so that these tests, all from one
 * address, see the per-account rules; {@link AddressThrottleTests} has the per-address one.
 */
@Import({TestClock.Config.class, AuthenticationTests.Counting.class})
@TestPropertySource(properties = "defensor.sign-in.free-failures-per-address=1000")
class AuthenticationTests extends ServerTest {

    /** Wraps the application's PasswordEncoder (Argon2id) to count how often a password is checked. */
    @TestConfiguration
    static class Counting {
        static final AtomicInteger CHECKS = new AtomicInteger();

        @Bean
        static BeanPostProcessor countPasswordChecks() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof PasswordEncoder real ? new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence raw) {
                            return real.encode(raw);
                        }

                        @Override
                        public boolean matches(CharSequence raw, String encoded) {
                            CHECKS.incrementAndGet();
                            return real.matches(raw, encoded);
                        }
                    } : bean;
                }
            };
        }
    }

    @Autowired
    TestClock clock;

    private String account(String name) {
        Clearance.asSystem(() -> accounts.find(name).isPresent() ? null : accounts.create(name, PASSWORD, Role.EDITOR));
        return name;
    }

    @Test
    void afterFiveWrongPasswordsTheAccountIsAnswered429WithoutACheckAndOtherAccountsAreUnaffected() {
        String name = account("throttled-" + UUID.randomUUID().toString().substring(0, 8));
        Api wrong = Api.as(port, name, "not-the-password");
        for (int i = 0; i < 6; i++) {
            assertThat(wrong.get("/api/v1/provisions").status()).as("failure " + (i + 1)).isEqualTo(401);
        }
        int checks = Counting.CHECKS.get();
        for (int i = 0; i < 20; i++) {
            assertThat(wrong.get("/api/v1/provisions").status()).isEqualTo(429);
        }
        assertThat(Api.as(port, name, PASSWORD).get("/api/v1/provisions").status()).as("even the right password waits").isEqualTo(429);
        assertThat(Counting.CHECKS.get()).as("no Argon2id check while throttled").isEqualTo(checks);
        assertThat(editor.get("/api/v1/provisions").status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(2));
        assertThat(Api.as(port, name, PASSWORD).get("/api/v1/provisions").status()).isEqualTo(200);
    }

    @Test
    void aFormSignInWhileThrottledIsAnswered429AndSaysHowLongToWait() {
        String name = account("form-" + UUID.randomUUID().toString().substring(0, 8));
        WebSession web = WebSession.anonymous(port);
        web.get("/login");
        for (int i = 0; i < 6; i++) {
            assertThat(web.post("/login", Map.of("username", name, "password", "not-the-password")).location()).contains("/login?error");
            web.get("/login");
        }
        WebSession.Page throttled = web.post("/login", Map.of("username", name, "password", PASSWORD));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.html()).contains("Too many failed sign-ins. Try again in 1 seconds.");
    }

    @Test
    void tenWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        String name = account("locked-" + UUID.randomUUID().toString().substring(0, 8));
        Api wrong = Api.as(port, name, "not-the-password");
        for (int i = 0; i < 10; i++) {
            assertThat(wrong.get("/api/v1/provisions").status()).isEqualTo(401);
            clock.advance(Duration.ofMinutes(16)); // past every wait: only the lockout is left
        }
        assertThat(Api.as(port, name, PASSWORD).get("/api/v1/provisions").status()).isEqualTo(401);
        assertThat(accounts.locked()).contains(name);
        WebSession adminPage = WebSession.signIn(port, "test-admin", PASSWORD);
        assertThat(adminPage.get("/admin/users").html()).contains("id=\"unlock-" + name + "\"");

        assertThat(editor.post("/api/v1/users/" + name + "/unlock", "").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/users/" + name + "/unlock", "").status()).isEqualTo(204);
        assertThat(Api.as(port, name, PASSWORD).get("/api/v1/provisions").status()).isEqualTo(200);
        assertThat(accounts.locked()).doesNotContain(name);
    }

    @Test
    void aLockedAccountIsUnlockedFromTheAdminPage() {
        String name = account("page-" + UUID.randomUUID().toString().substring(0, 8));
        for (int i = 0; i < 10; i++) {
            Api.as(port, name, "not-the-password").get("/api/v1/provisions");
            clock.advance(Duration.ofMinutes(16));
        }
        WebSession adminPage = WebSession.signIn(port, "test-admin", PASSWORD);
        adminPage.get("/admin/users");
        assertThat(adminPage.post("/admin/users/unlock", Map.of("username", name)).status()).isEqualTo(302);
        assertThat(WebSession.signIn(port, name, PASSWORD).get("/persons").status()).isEqualTo(200);
    }

    @Test
    void aSecondBasicRequestWithTheSameCredentialsRunsNoPasswordCheckUntilThePasswordChanges() {
        String name = account("cached-" + UUID.randomUUID().toString().substring(0, 8));
        Api api = Api.as(port, name, PASSWORD);
        assertThat(api.get("/api/v1/provisions").status()).isEqualTo(200);
        int afterFirst = Counting.CHECKS.get();
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/provisions").status()).isEqualTo(200);
        }
        assertThat(Counting.CHECKS.get()).isEqualTo(afterFirst);

        Clearance.asSystem(() -> {
            accounts.changePassword(name, "a-brand-new-passphrase");
            return null;
        });
        assertThat(api.get("/api/v1/provisions").status()).as("old password, remembered before the change").isEqualTo(401);
        assertThat(Api.as(port, name, "a-brand-new-passphrase").get("/api/v1/provisions").status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String name = account("expiring-" + UUID.randomUUID().toString().substring(0, 8));
        String token = Clearance.asSystem(() -> accounts.issueToken(name, "script", Duration.ofDays(1)));
        assertThat(Api.withToken(port, token).get("/api/v1/provisions").status()).isEqualTo(200);
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(Api.withToken(port, token).get("/api/v1/provisions").status()).isEqualTo(401);
        assertThat(Api.as(port, name, PASSWORD).get("/api/v1/account/tokens").body().get(0).get("expiresAt").asText()).isNotEmpty();
    }

    @Test
    void aRevokedTokenIsRefusedAndOnlyItsOwnerOrAnAdminRevokesIt() {
        String name = account("revoking-" + UUID.randomUUID().toString().substring(0, 8));
        String token = Clearance.asSystem(() -> accounts.issueToken(name, "script"));
        Api owner = Api.as(port, name, PASSWORD);
        String id = owner.get("/api/v1/account/tokens").body().get(0).get("id").asText();
        assertThat(editor.delete("/api/v1/account/tokens/" + id).status()).as("someone else's token").isEqualTo(404);
        assertThat(editor.delete("/api/v1/tokens/" + id).status()).isEqualTo(403);
        assertThat(Api.withToken(port, token).get("/api/v1/provisions").status()).isEqualTo(200);

        assertThat(owner.delete("/api/v1/account/tokens/" + id).status()).isEqualTo(204);
        assertThat(Api.withToken(port, token).get("/api/v1/provisions").status()).isEqualTo(401);
        assertThat(owner.get("/api/v1/account/tokens").body().get(0).get("revokedAt").isNull()).isFalse();
    }

    @Test
    void aPasswordChangeRevokesTheTokensAndEndsTheOtherSessionsButNotTheOneThatChangedIt() {
        String name = account("changing-" + UUID.randomUUID().toString().substring(0, 8));
        String token = Clearance.asSystem(() -> accounts.issueToken(name, "script"));
        WebSession laptop = WebSession.signIn(port, name, PASSWORD);
        WebSession phone = WebSession.signIn(port, name, PASSWORD);
        assertThat(phone.get("/persons").status()).isEqualTo(200);

        laptop.get("/account");
        assertThat(laptop.post("/account/password", Map.of("password", "another-long-passphrase",
                "repeat", "another-long-passphrase")).status()).isEqualTo(302);

        assertThat(laptop.get("/persons").status()).isEqualTo(200);
        WebSession.Page ended = phone.get("/persons");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.location()).contains("/login?expired");
        assertThat(Api.withToken(port, token).get("/api/v1/provisions").status()).isEqualTo(401);
    }

    @Test
    void aCommonOrBlankPasswordIsRefusedWithTheRuleItBreaks() {
        WebSession web = WebSession.signIn(port, "test-admin", PASSWORD);
        web.get("/admin/users");
        assertThat(web.post("/admin/users", Map.of("username", "common", "role", "VIEWER", "password", "password1234")).html())
                .contains("password: is one of the 20,000 most common passwords; choose another");
        assertThat(web.post("/admin/users", Map.of("username", "blank", "role", "VIEWER", "password", "            ")).html())
                .contains("password: must not be only spaces");
        assertThat(accounts.find("common")).isEmpty();
        assertThat(accounts.find("blank")).isEmpty();
    }
}

package org.defensor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.defensor.shared.Clearance;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A bearer token's use on a real server: a read request writes nothing (every SQL statement
 * Hibernate runs on a request thread is seen), the use is shown at once and stored within the
 * interval, and a revocation or a lockout refuses the token on the very next request.
 */
@Import(TestClock.Config.class)
@TestPropertySource(properties = {
        "defensor.sign-in.free-failures-per-address=1000",
        "defensor.api-tokens.last-used-interval=PT1S",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=org.defensor.security.TokenUseTests$Writes"})
class TokenUseTests extends ServerTest {

    /** Every insert, update, delete or merge Hibernate prepares on a request thread (Tomcat's http-nio-*). */
    public static class Writes implements StatementInspector {
        static final List<String> ON_REQUESTS = new CopyOnWriteArrayList<>();

        @Override
        public String inspect(String sql) {
            String verb = sql.stripLeading().toLowerCase(Locale.ROOT);
            if (Thread.currentThread().getName().startsWith("http-nio")
                    && (verb.startsWith("insert") || verb.startsWith("update") || verb.startsWith("delete") || verb.startsWith("merge"))) {
                ON_REQUESTS.add(sql);
            }
            return sql;
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private String account() {
        String name = "token-use-" + UUID.randomUUID().toString().substring(0, 8);
        Clearance.asSystem(() -> accounts.create(name, PASSWORD, Role.EDITOR));
        return name;
    }

    private String storedLastUse(String tokenName) {
        return jdbc.queryForObject("select cast(last_used_at as varchar) from api_token where name = ?", String.class, tokenName);
    }

    @Test
    void readsWithATokenRunNoWriteStatement() {
        String name = account();
        String token = Clearance.asSystem(() -> accounts.issueToken(name, "reader"));
        String incident = editor.post("/api/v1/incidents", """
                {"title": "Public hearing disrupted", "start": "2024-05", "confidentiality": "PUBLIC"}""").body().get("id").asText();
        Api reader = Api.withToken(port, token);
        assertThat(Writes.ON_REQUESTS).as("the inspector sees what a write request runs").isNotEmpty();
        Writes.ON_REQUESTS.clear();

        for (int i = 0; i < 20; i++) {
            assertThat(reader.get("/api/v1/incidents/" + incident).status()).isEqualTo(200);
            assertThat(reader.get("/api/v1/incidents").status()).isEqualTo(200);
            assertThat(reader.get("/api/v1/provisions").status()).isEqualTo(200);
        }

        assertThat(Writes.ON_REQUESTS).isEmpty();
    }

    @Test
    void aTokenUseIsShownAtOnceAndStoredWithinTheInterval() throws InterruptedException {
        String name = account();
        String token = Clearance.asSystem(() -> accounts.issueToken(name, "script"));
        Api owner = Api.as(port, name, PASSWORD);
        assertThat(owner.get("/api/v1/account/tokens").body().get(0).get("lastUsedAt").isNull()).isTrue();

        assertThat(Api.withToken(port, token).get("/api/v1/provisions").status()).isEqualTo(200);

        assertThat(owner.get("/api/v1/account/tokens").body().get(0).get("lastUsedAt").isNull()).as("shown at once").isFalse();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (storedLastUse("script") == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(storedLastUse("script")).as("stored within the interval (1 s here)").isNotNull();
    }

    @Test
    void aRevokedTokenIsRefusedOnTheNextRequestThoughItsUseIsNotWrittenYet() {
        String name = account();
        String token = Clearance.asSystem(() -> accounts.issueToken(name, "revoked"));
        Api owner = Api.as(port, name, PASSWORD);
        Api script = Api.withToken(port, token);
        assertThat(script.get("/api/v1/provisions").status()).isEqualTo(200);
        String id = owner.get("/api/v1/account/tokens").body().get(0).get("id").asText();

        assertThat(owner.delete("/api/v1/account/tokens/" + id).status()).isEqualTo(204);

        assertThat(script.get("/api/v1/provisions").status()).isEqualTo(401);
        assertThat(owner.get("/api/v1/account/tokens").body().get(0).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void aLockedAccountsTokenIsRefusedOnTheNextRequest() {
        String name = account();
        String token = Clearance.asSystem(() -> accounts.issueToken(name, "locked"));
        Api script = Api.withToken(port, token);
        assertThat(script.get("/api/v1/provisions").status()).isEqualTo(200);

        Api wrong = Api.as(port, name, "not-the-password");
        for (int i = 0; i < 10; i++) {
            assertThat(wrong.get("/api/v1/provisions").status()).isEqualTo(401);
            clock.advance(Duration.ofMinutes(16)); // past every wait: only the lockout is left
        }

        assertThat(Clearance.asSystem(accounts::locked)).contains(name);
        assertThat(script.get("/api/v1/provisions").status()).isEqualTo(401);
    }
}

package org.defensor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.shared.Clearance;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The TOTP second factor on a real server (ADR 010): codes are computed from the secret the page
 * shows, with the library's own generator, at the test clock's time. The address limit is raised so
 * that these tests, all from one address, see the per-account throttle.
 */
@Import(TestClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "defensor.sign-in.free-failures-per-address=1000")
class SecondFactorTests extends ServerTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<li>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</li>");

    @Autowired
    TestClock clock;

    @Autowired
    SecondFactors factors;

    @Autowired
    AuditTrail audit;

    @AfterEach
    void optionalAgain() {
        Clearance.asSystem(() -> {
            factors.setMandatory(false);
            return null;
        });
    }

    /** An account that has enrolled on its account page: its secret and its recovery codes. */
    record Enrolled(String name, String secret, List<String> recoveryCodes) {}

    private String account(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Clearance.asSystem(() -> accounts.create(name, PASSWORD, Role.EDITOR));
        return name;
    }

    /** The code an authenticator app shows now. */
    private String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Math.floorDiv(clock.instant().getEpochSecond(), 30));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next time step: a code not used yet. */
    private void nextStep() {
        clock.advance(Duration.ofSeconds(30));
    }

    private Enrolled enrol(String prefix) {
        String name = account(prefix);
        WebSession web = WebSession.signIn(port, name, PASSWORD);
        String secret = enrolOnThePage(web);
        WebSession.Page confirmed = web.post("/account/second-factor/confirm", Map.of("code", code(secret)));
        nextStep();
        return new Enrolled(name, secret, recoveryCodes(confirmed.html()));
    }

    private static String enrolOnThePage(WebSession web) {
        web.get("/account/second-factor");
        assertThat(web.post("/account/second-factor/enrol", Map.of()).location()).endsWith("/account/second-factor");
        Matcher secret = SECRET.matcher(web.get("/account/second-factor").html());
        assertThat(secret.find()).as("the key is shown in text").isTrue();
        return secret.group(1);
    }

    private static List<String> recoveryCodes(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(html);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** Signs in with the password: the session still has to give its code. */
    private WebSession password(String name) {
        WebSession web = WebSession.signIn(port, name, PASSWORD);
        web.get("/login/code");
        return web;
    }

    @Test
    void enrollingShowsTheKeyAsQrCodeAndTextAndTurnsOnOnlyWithACurrentCodeShowingTenRecoveryCodesOnce(CapturedOutput output) {
        String name = account("enrolling");
        WebSession web = WebSession.signIn(port, name, PASSWORD);
        String secret = enrolOnThePage(web);
        String page = web.get("/account/second-factor").html();
        assertThat(page).contains("src=\"data:image/png;base64,").contains("otpauth://totp/" + name + "?")
                .contains("secret=" + secret).contains("issuer=Defensor");
        assertThat(factors.status(name).enabled()).as("not on before a code confirms it").isFalse();

        WebSession.Page wrong = web.post("/account/second-factor/confirm", Map.of("code", "000000".equals(code(secret)) ? "111111" : "000000"));
        assertThat(wrong.html()).contains("is not the current code");
        assertThat(factors.status(name).enabled()).isFalse();

        WebSession.Page confirmed = web.post("/account/second-factor/confirm", Map.of("code", code(secret)));
        List<String> codes = recoveryCodes(confirmed.html());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(factors.status(name)).isEqualTo(new SecondFactors.Status(true, false, 10, false));
        assertThat(web.get("/account/second-factor").html()).as("shown once").doesNotContain(codes.get(0)).doesNotContain(secret);
        assertThat(web.get("/persons").status()).as("the session that confirmed has given its code").isEqualTo(200);

        UUID id = accounts.find(name).orElseThrow().id();
        List<AuditEntry> history = Clearance.asSystem(() -> audit.history("user", id));
        assertThat(history).extracting(AuditEntry::action).contains("enrol-second-factor", "enable-second-factor");
        assertThat(history.toString()).doesNotContain(secret).doesNotContain(codes.get(0));
        assertThat(output.getAll()).as("never logged").doesNotContain(secret).doesNotContain(codes.get(0));
    }

    @Test
    void afterThePasswordEveryPageLeadsToTheCodePageUntilACurrentCodeIsGiven() {
        Enrolled account = enrol("signing-in");
        WebSession web = password(account.name());
        WebSession.Page blocked = web.get("/persons");
        assertThat(blocked.status()).isEqualTo(302);
        assertThat(blocked.location()).endsWith("/login/code");
        assertThat(web.get("/account").location()).endsWith("/login/code");
        assertThat(web.get("/login/code").html()).contains("id=\"code-form\"");

        WebSession.Page wrong = web.post("/login/code", Map.of("code", "12345x"));
        assertThat(wrong.html()).contains("id=\"wrong-code\"");
        assertThat(web.get("/persons").status()).isEqualTo(302);

        WebSession.Page accepted = web.post("/login/code", Map.of("code", code(account.secret())));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).endsWith("/");
        assertThat(web.get("/persons").status()).isEqualTo(200);
    }

    @Test
    void aCodeIsNotAcceptedTwiceNotEvenInItsOwnTimeStep() {
        Enrolled account = enrol("replay");
        String code = code(account.secret());
        WebSession first = password(account.name());
        assertThat(first.post("/login/code", Map.of("code", code)).location()).endsWith("/");

        WebSession second = password(account.name());
        assertThat(second.post("/login/code", Map.of("code", code)).html()).as("replayed").contains("id=\"wrong-code\"");
        assertThat(second.get("/persons").status()).isEqualTo(302);

        nextStep();
        assertThat(second.post("/login/code", Map.of("code", code(account.secret()))).location()).endsWith("/");
    }

    @Test
    void wrongCodesAreThrottledLikePasswordsAndTenLockTheAccount() {
        Enrolled account = enrol("guessing");
        WebSession web = password(account.name());
        String right = code(account.secret());
        String wrongCode = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 6; i++) {
            assertThat(web.post("/login/code", Map.of("code", wrongCode)).html()).as("failure " + (i + 1)).contains("id=\"wrong-code\"");
        }
        WebSession.Page throttled = web.post("/login/code", Map.of("code", right));
        assertThat(throttled.status()).as("even the right code waits").isEqualTo(429);
        assertThat(throttled.html()).contains("Too many wrong codes. Try again in 1 seconds.");
        assertThat(web.get("/persons").status()).isEqualTo(302);

        // A correct password does not start the code count afresh.
        WebSession again = password(account.name());
        assertThat(again.post("/login/code", Map.of("code", right)).status()).isEqualTo(429);

        for (int i = 6; i < 9; i++) {
            clock.advance(Duration.ofMinutes(16));
            assertThat(web.post("/login/code", Map.of("code", wrongCode)).html()).contains("id=\"wrong-code\"");
        }
        clock.advance(Duration.ofMinutes(16));
        WebSession.Page locked = web.post("/login/code", Map.of("code", wrongCode));
        assertThat(locked.location()).contains("/login?locked");
        assertThat(accounts.locked()).contains(account.name());
        assertThat(web.get("/persons").location()).as("signed out").contains("/login");
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfACode() {
        Enrolled account = enrol("recovering");
        String recovery = account.recoveryCodes().get(3);
        WebSession web = password(account.name());
        assertThat(web.post("/login/code", Map.of("code", recovery.toUpperCase())).location()).endsWith("/");
        assertThat(web.get("/persons").status()).isEqualTo(200);
        assertThat(factors.status(account.name()).recoveryCodesLeft()).isEqualTo(9);

        WebSession again = password(account.name());
        assertThat(again.post("/login/code", Map.of("code", recovery)).html()).as("used up").contains("id=\"wrong-code\"");
        UUID id = accounts.find(account.name()).orElseThrow().id();
        assertThat(Clearance.asSystem(() -> audit.history("user", id))).extracting(AuditEntry::action).contains("use-recovery-code");
    }

    @Test
    void httpBasicIsRefusedForAnAccountWithASecondFactorButItsApiTokenWorks() {
        Enrolled account = enrol("scripting");
        String token = Clearance.asSystem(() -> accounts.issueToken(account.name(), "script"));
        Api.Reply basic = Api.as(port, account.name(), PASSWORD).get("/api/v1/provisions");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.body().get("detail").asText()).contains("HTTP Basic cannot carry").contains("API token");
        assertThat(Api.withToken(port, token).get("/api/v1/provisions").status()).isEqualTo(200);
        assertThat(Api.withToken(port, token).get("/api/v1/account/second-factor").body().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void theApiEnrolsConfirmsAndTurnsTheSecondFactorOffWithACurrentCode() {
        String name = account("api");
        String token = Clearance.asSystem(() -> accounts.issueToken(name, "script"));
        Api api = Api.withToken(port, token);
        JsonNode enrolment = api.post("/api/v1/account/second-factor", "").body();
        String secret = enrolment.get("secret").asText();
        assertThat(enrolment.get("uri").asText()).startsWith("otpauth://totp/").contains("secret=" + secret);
        assertThat(enrolment.get("qrCode").asText()).startsWith("data:image/png;base64,");

        assertThat(api.post("/api/v1/account/second-factor/confirm", "{\"code\":\"12\"}").status()).isEqualTo(400);
        Api.Reply confirmed = api.post("/api/v1/account/second-factor/confirm", "{\"code\":\"" + code(secret) + "\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("recoveryCodes")).hasSize(10);
        assertThat(Api.as(port, name, PASSWORD).get("/api/v1/provisions").status()).isEqualTo(401);

        assertThat(api.post("/api/v1/account/second-factor/disable", "{\"code\":\"" + code(secret) + "\"}").status())
                .as("the code that confirmed, again").isEqualTo(400);
        nextStep();
        assertThat(api.post("/api/v1/account/second-factor/disable", "{\"code\":\"" + code(secret) + "\"}").status()).isEqualTo(204);
        assertThat(factors.status(name).enabled()).isFalse();
        assertThat(Api.as(port, name, PASSWORD).get("/api/v1/provisions").status()).as("the password alone again").isEqualTo(200);
        UUID id = accounts.find(name).orElseThrow().id();
        assertThat(Clearance.asSystem(() -> audit.history("user", id))).extracting(AuditEntry::action).contains("disable-second-factor");
    }

    @Test
    void turningTheSecondFactorOffOnTheAccountPageNeedsACurrentCode() {
        Enrolled account = enrol("turning-off");
        WebSession web = password(account.name());
        web.post("/login/code", Map.of("code", code(account.secret())));
        nextStep();
        web.get("/account/second-factor");
        assertThat(web.post("/account/second-factor/disable", Map.of("code", "99999")).html()).contains("is not the current code");
        assertThat(factors.status(account.name()).enabled()).isTrue();
        assertThat(web.post("/account/second-factor/disable", Map.of("code", code(account.secret()))).location())
                .endsWith("/account/second-factor");
        assertThat(factors.status(account.name()).enabled()).isFalse();
        assertThat(WebSession.signIn(port, account.name(), PASSWORD).get("/persons").status()).isEqualTo(200);
    }

    @Test
    void whenAdminsMakeItMandatoryAnAccountWithoutOneMayDoNothingButEnrol() {
        WebSession adminPage = WebSession.signIn(port, "test-admin", PASSWORD);
        assertThat(adminPage.get("/admin/users").html()).contains("A second factor is optional.");
        assertThat(adminPage.post("/admin/users/second-factor/mandatory", Map.of("mandatory", "true")).location()).endsWith("/admin/users");
        assertThat(factors.mandatory()).isTrue();
        assertThat(adminPage.get("/admin/users").location()).as("the admin has none either").contains("/account/second-factor?required");

        String name = account("obliged");
        WebSession web = WebSession.signIn(port, name, PASSWORD);
        WebSession.Page sent = web.get("/persons");
        assertThat(sent.location()).contains("/account/second-factor?required");
        assertThat(web.get("/account/second-factor?required").html()).contains("id=\"second-factor-required\"");
        Api basic = Api.as(port, name, PASSWORD);
        Api.Reply refused = basic.get("/api/v1/provisions");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asText()).contains("second factor is mandatory");
        assertThat(basic.get("/api/v1/account/second-factor").body().get("mandatory").asBoolean()).isTrue();

        String secret = enrolOnThePage(web);
        assertThat(recoveryCodes(web.post("/account/second-factor/confirm", Map.of("code", code(secret))).html())).hasSize(10);
        assertThat(web.get("/persons").status()).isEqualTo(200);
        nextStep();
        assertThat(web.post("/account/second-factor/disable", Map.of("code", code(secret))).html()).contains("is mandatory on this server");
        assertThat(factors.status(name).enabled()).isTrue();

        assertThat(admin.get("/api/v1/settings/second-factor").status()).as("the admin's Basic call, not enrolled").isEqualTo(403);
    }

    @Test
    void theMandatorySettingIsAdminsOnlyOnTheApiAndAudited() {
        assertThat(editor.put("/api/v1/settings/second-factor", "{\"mandatory\":true}").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/settings/second-factor").body().get("mandatory").asBoolean()).isFalse();
        Api.Reply on = admin.put("/api/v1/settings/second-factor", "{\"mandatory\":true}");
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.body().get("mandatory").asBoolean()).isTrue();
        assertThat(Clearance.asSystem(() -> audit.history("security-setting", "second-factor"))).extracting(AuditEntry::action).contains("update");
    }

    @Test
    void anAdminResetsASecondFactorEndingItsSessionsAndTheAccountSignsInWithThePasswordAgain() {
        Enrolled account = enrol("lost-phone");
        WebSession phone = password(account.name());
        phone.post("/login/code", Map.of("code", code(account.secret())));
        assertThat(phone.get("/persons").status()).isEqualTo(200);

        assertThat(editor.delete("/api/v1/users/" + account.name() + "/second-factor").status()).isEqualTo(403);
        WebSession adminPage = WebSession.signIn(port, "test-admin", PASSWORD);
        assertThat(adminPage.get("/admin/users").html()).contains("id=\"reset-second-factor-" + account.name() + "\"");
        assertThat(adminPage.post("/admin/users/second-factor/reset", Map.of("username", account.name())).location()).endsWith("/admin/users");

        assertThat(factors.status(account.name()).enabled()).isFalse();
        assertThat(phone.get("/persons").location()).contains("/login?expired");
        assertThat(Api.as(port, account.name(), PASSWORD).get("/api/v1/provisions").status()).isEqualTo(200);
        UUID id = accounts.find(account.name()).orElseThrow().id();
        assertThat(Clearance.asSystem(() -> audit.history("user", id))).extracting(AuditEntry::action).contains("reset-second-factor");
        assertThat(admin.delete("/api/v1/users/" + account.name() + "/second-factor").status()).isEqualTo(204);
    }
}

package org.defensor.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

class AccountPagesTests extends ServerTest {

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() {
        WebSession web = WebSession.signIn(port, "test-admin", PASSWORD);
        WebSession.Page users = web.get("/admin/users");
        assertThat(users.html()).contains("test-admin", "test-editor", "test-viewer", "Editor", "Viewer");

        WebSession.Page created = web.post("/admin/users", Map.of("username", "aigerim.monitor", "role", "EDITOR",
                "password", "long-enough-password"));
        assertThat(created.status()).isEqualTo(302);
        WebSession.Page after = web.get("/admin/users");
        assertThat(after.html()).contains("Account aigerim.monitor created.")
                .containsPattern("<td>aigerim\\.monitor</td>\\s*<td>Editor</td>\\s*<td>yes</td>");
        assertThat(web.get("/admin/users").html()).doesNotContain("Account aigerim.monitor created.");

        WebSession monitor = WebSession.signIn(port, "aigerim.monitor", "long-enough-password");
        assertThat(monitor.get("/persons/new").status()).isEqualTo(200);
    }

    @Test
    void theFormShowsWhyAnAccountWasRefused() {
        WebSession web = WebSession.signIn(port, "test-admin", PASSWORD);
        web.get("/admin/users");

        WebSession.Page shortPassword = web.post("/admin/users", Map.of("username", "bakhyt", "role", "VIEWER",
                "password", "too-short"));
        assertThat(shortPassword.status()).isEqualTo(200);
        assertThat(shortPassword.html()).contains("password: must have at least 12 characters", "value=\"bakhyt\"")
                .doesNotContain("too-short");
        assertThat(web.post("/admin/users", Map.of("username", "test-editor", "role", "VIEWER",
                "password", "long-enough-password")).html()).contains("username: &#39;test-editor&#39; is taken");
        assertThat(web.post("/admin/users", Map.of("username", "no spaces", "role", "VIEWER",
                "password", "long-enough-password")).html()).contains("username: must be 2 to 100 letters, digits or . _ @ -");
        assertThat(accounts.find("bakhyt")).isEmpty();
    }

    @Test
    void anAdminIssuesATokenThatIsShownOnceAndWorksOnTheApi() {
        WebSession web = WebSession.signIn(port, "test-admin", PASSWORD);
        web.get("/admin/users");

        WebSession.Page issued = web.post("/admin/users/token", Map.of("username", "test-viewer", "name", "import script"));
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.html()).contains("API token for test-viewer");
        Matcher token = Pattern.compile("id=\"new-token\">(dfs_[A-Za-z0-9_-]+)<").matcher(issued.html());
        assertThat(token.find()).isTrue();

        assertThat(Api.withToken(port, token.group(1)).get("/api/v1/provisions").status()).isEqualTo(200);
        assertThat(web.get("/admin/users").html()).doesNotContain(token.group(1));
        assertThat(web.post("/admin/users/token", Map.of("username", "nobody")).html()).contains("username: no such account");
    }

    @Test
    void aSignedInUserChangesTheirOwnPassword() {
        Clearance.asSystem(() -> accounts.find("dana").isPresent() ? null : accounts.create("dana", PASSWORD, Role.VIEWER));
        WebSession web = WebSession.signIn(port, "dana", PASSWORD);
        WebSession.Page page = web.get("/account");
        assertThat(page.html()).contains("dana · Viewer", "Change password");

        assertThat(web.post("/account/password", Map.of("password", "short", "repeat", "short")).html())
                .contains("password: must have at least 12 characters");
        assertThat(web.post("/account/password", Map.of("password", "a-new-long-password", "repeat", "a-new-long-passwort")).html())
                .contains("repeat: is not the same as the new password");
        WebSession.Page changed = web.post("/account/password", Map.of("password", "a-new-long-password",
                "repeat", "a-new-long-password"));
        assertThat(changed.location()).endsWith("/account");
        assertThat(web.get("/account").html()).contains("Your password has been changed.");

        assertThat(WebSession.signIn(port, "dana", "a-new-long-password").get("/account").status()).isEqualTo(200);
        assertThatThrownBy(() -> WebSession.signIn(port, "dana", PASSWORD)).hasMessageContaining("sign-in failed");
    }

    @Test
    void onlyAdminsManageAccountsAndAnonymousUsersAreSentToSignIn() {
        WebSession viewerWeb = WebSession.signIn(port, "test-viewer", PASSWORD);
        assertThat(viewerWeb.get("/account").status()).isEqualTo(200);
        assertThat(viewerWeb.get("/admin/users").status()).isEqualTo(403);
        WebSession editorWeb = WebSession.signIn(port, "test-editor", PASSWORD);
        assertThat(editorWeb.get("/admin/users").status()).isEqualTo(403);
        editorWeb.get("/account");
        assertThat(editorWeb.post("/admin/users", Map.of("username", "intruder", "role", "ADMIN",
                "password", "long-enough-password")).status()).isEqualTo(403);
        assertThat(editorWeb.post("/admin/users/token", Map.of("username", "test-admin")).status()).isEqualTo(403);
        assertThat(accounts.find("intruder")).isEmpty();

        WebSession.Page anonymousPage = WebSession.anonymous(port).get("/account");
        assertThat(anonymousPage.status()).isEqualTo(302);
        assertThat(anonymousPage.location()).endsWith("/login");
        assertThat(WebSession.anonymous(port).get("/admin/users").location()).endsWith("/login");
    }
}

package org.defensor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.defensor.shared.Clearance;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

class OneTimePasswordTests extends ServerTest {

    @Test
    void anAccountWithAOneTimePasswordMustChangeItBeforeDoingAnythingElse() {
        String oneTime = Clearance.asSystem(() -> accounts.createWithOneTimePassword("new-admin", Role.ADMIN));

        assertThat(Api.as(port, "new-admin", oneTime).get("/api/v1/persons").status()).isEqualTo(403);
        WebSession web = WebSession.signIn(port, "new-admin", oneTime);
        WebSession.Page blocked = web.get("/persons");
        assertThat(blocked.status()).isEqualTo(302);
        assertThat(blocked.location()).contains("/account?oneTimePassword");
        assertThat(web.get("/account?oneTimePassword").html()).contains("one-time password");

        WebSession.Page changed = web.post("/account/password", Map.of("password", "my-own-long-password",
                "repeat", "my-own-long-password"));
        assertThat(changed.status()).isIn(200, 302);

        assertThat(web.get("/persons").status()).isEqualTo(200);
        assertThat(Api.as(port, "new-admin", "my-own-long-password").get("/api/v1/persons").status()).isEqualTo(200);
        assertThat(Api.as(port, "new-admin", oneTime).get("/api/v1/persons").status()).isEqualTo(401);
    }
}

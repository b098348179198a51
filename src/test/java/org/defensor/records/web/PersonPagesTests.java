package org.defensor.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

class PersonPagesTests extends ServerTest {

    @Test
    void anEditorCreatesAPersonThroughTheFormAndSeesTheCaseFile() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/persons/new");

        WebSession.Page saved = web.post("/persons", Map.of("name", "Gulzada Serzhan", "kind", "INDIVIDUAL",
                "otherNames", "Gulzada Serjan | TRANSLITERATION", "roles", "WOMAN_HUMAN_RIGHTS_DEFENDER\u0000ORGANISATION_FOUNDER",
                "confidentiality", "PUBLIC"));

        assertThat(saved.status()).isEqualTo(302);
        WebSession.Page caseFile = web.get(saved.location().replace("http://localhost:" + port, ""));
        assertThat(caseFile.html()).contains("Gulzada Serzhan", "Gulzada Serjan", "Organisation founder", "0 incident(s)");
    }

    @Test
    void theFormShowsWhyARecordWasRefusedAndKeepsWhatWasTyped() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/persons/new");
        WebSession.Page blank = web.post("/persons", Map.of("name", " ", "description", "typed text"));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.html()).contains("The record was not saved", "name: must not be blank", "typed text");

        WebSession.Page sizes = web.post("/persons", Map.of("name", "A group", "groupSizeMin", "5", "groupSizeMax", "2"));
        assertThat(sizes.html()).contains("groupSizeMax: is smaller than groupSizeMin");
    }

    @Test
    void viewersCannotOpenTheFormAndAnonymousUsersAreSentToSignIn() {
        WebSession viewerWeb = WebSession.signIn(port, "test-viewer", PASSWORD);
        assertThat(viewerWeb.get("/persons/new").status()).isEqualTo(403);
        assertThat(viewerWeb.get("/persons").status()).isEqualTo(200);
        WebSession.Page anonymousPage = WebSession.anonymous(port).get("/persons");
        assertThat(anonymousPage.status()).isEqualTo(302);
        assertThat(anonymousPage.location()).endsWith("/login");
    }
}

package org.defensor.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

class OrganisationPagesTests extends ServerTest {

    @Test
    void anEditorCreatesAnOrganisationThroughTheFormAndSeesTheCaseFile() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/organisations/new");
        WebSession.Page saved = web.post("/organisations", Map.of("name", "Feminita", "kind", "INITIATIVE",
                "otherNames", "Феминита | NATIVE_SCRIPT", "country", "kaz", "city", "Almaty",
                "registrationStatus", "REFUSED", "description", "Feminist initiative refused registration.",
                "confidentiality", "PUBLIC"));

        assertThat(saved.status()).isEqualTo(302);
        String path = path(saved);
        WebSession.Page caseFile = web.get(path);
        assertThat(caseFile.html()).contains("Feminita", "Феминита", "Initiative", "Almaty, KAZ",
                "Registration: Refused", "Feminist initiative refused registration.", "0 incident(s)");
    }

    @Test
    void aChildOrganisationLinksToItsParentAndEditsAreInTheHistory() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/organisations/new");
        String parent = path(web.post("/organisations", Map.of("name", "Ministry of Information", "kind", "MINISTRY",
                "country", "KAZ", "confidentiality", "PUBLIC")));
        String parentId = parent.substring(parent.lastIndexOf('/') + 1);
        WebSession.Page form = web.get("/organisations/new");
        assertThat(form.html()).contains("value=\"" + parentId + "\"");
        String child = path(web.post("/organisations", Map.of("name", "Committee of Civil Society Affairs",
                "kind", "STATE_BODY", "parentId", parentId, "confidentiality", "PUBLIC")));

        assertThat(web.get(child).html()).contains("Part of", "href=\"" + parent + "\"", "Ministry of Information");

        WebSession.Page edit = web.get(child + "/edit");
        assertThat(edit.html()).contains("Committee of Civil Society Affairs", "name=\"version\" value=\"0\"")
                .doesNotContain("value=\"" + child.substring(child.lastIndexOf('/') + 1) + "\">");
        assertThat(web.post(child, Map.of("version", "0", "name", "Committee for Civil Society Affairs",
                "kind", "STATE_BODY", "parentId", parentId, "confidentiality", "PUBLIC")).status()).isEqualTo(302);
        assertThat(web.get(child).html()).contains("Committee for Civil Society Affairs");
        assertThat(web.get(child + "/history").html()).contains("update", "Committee of Civil Society Affairs",
                "Committee for Civil Society Affairs", "test-editor");
    }

    @Test
    void theListFiltersByNameKindAndCountryAndAnEditorDeletesWithTheVersion() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/organisations/new");
        String court = path(web.post("/organisations", Map.of("name", "Zhanaozen City Court", "kind", "COURT",
                "country", "KAZ", "confidentiality", "PUBLIC")));
        web.post("/organisations", Map.of("name", "Zhanaozen Akimat", "kind", "LOCAL_ADMINISTRATION",
                "country", "KAZ", "confidentiality", "PUBLIC"));

        assertThat(web.get("/organisations?q=zhanaozen&kind=COURT").html())
                .contains("Zhanaozen City Court").doesNotContain("Zhanaozen Akimat");
        assertThat(web.get("/organisations?q=zhanaozen&country=kaz").html()).contains("Zhanaozen City Court", "Zhanaozen Akimat");
        assertThat(web.get("/organisations?q=zhanaozen&country=THA").html()).doesNotContain("Zhanaozen");

        web.get(court + "/edit");
        WebSession.Page deleted = web.post(court + "/delete", Map.of("version", "0"));
        assertThat(deleted.location()).endsWith("/organisations");
        assertThat(web.get("/organisations?q=zhanaozen").html()).contains("Zhanaozen Akimat").doesNotContain("Zhanaozen City Court");
    }

    @Test
    void theFormShowsWhyARecordWasRefusedAndKeepsWhatWasTyped() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/organisations/new");
        WebSession.Page country = web.post("/organisations", Map.of("name", "Erkindik Kanaty", "country", "Kazakhstan",
                "description", "typed text"));
        assertThat(country.status()).isEqualTo(200);
        assertThat(country.html()).contains("The record was not saved",
                "country: must be an ISO 3166-1 alpha-3 code such as KAZ", "Erkindik Kanaty", "typed text");

        WebSession.Page blank = web.post("/organisations", Map.of("name", " ", "country", "KAZ"));
        assertThat(blank.html()).contains("name: must not be blank");
    }

    @Test
    void viewersReadButCannotOpenTheFormAndAnonymousUsersAreSentToSignIn() {
        WebSession editorWeb = WebSession.signIn(port, "test-editor", PASSWORD);
        editorWeb.get("/organisations/new");
        String open = path(editorWeb.post("/organisations", Map.of("name", "Kadyr Kasiet", "kind", "NGO", "confidentiality", "PUBLIC")));
        String secret = path(editorWeb.post("/organisations", Map.of("name", "Safe House Network", "kind", "NGO",
                "confidentiality", "CONFIDENTIAL")));

        WebSession viewerWeb = WebSession.signIn(port, "test-viewer", PASSWORD);
        assertThat(viewerWeb.get("/organisations/new").status()).isEqualTo(403);
        assertThat(viewerWeb.get(open + "/edit").status()).isEqualTo(403);
        WebSession.Page list = viewerWeb.get("/organisations");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("Kadyr Kasiet").doesNotContain("Safe House Network", "id=\"new-organisation\"");
        WebSession.Page caseFile = viewerWeb.get(open);
        assertThat(caseFile.status()).isEqualTo(200);
        assertThat(caseFile.html()).contains("Kadyr Kasiet").doesNotContain("/edit\"");
        assertThat(viewerWeb.get(open + "/history").html()).contains("create");
        WebSession.Page hidden = viewerWeb.get(secret);
        assertThat(hidden.status()).isNotEqualTo(200);
        assertThat(hidden.html()).doesNotContain("Safe House Network");

        WebSession.Page anonymousPage = WebSession.anonymous(port).get("/organisations");
        assertThat(anonymousPage.status()).isEqualTo(302);
        assertThat(anonymousPage.location()).endsWith("/login");
    }

    private String path(WebSession.Page saved) {
        assertThat(saved.status()).isEqualTo(302);
        return saved.location().replace("http://localhost:" + port, "");
    }
}

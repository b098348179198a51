package org.defensor.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

class SourcePagesTests extends ServerTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void anEditorCreatesASourceThroughTheFormAndSeesEveryField() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/sources/new");
        WebSession.Page saved = web.post("/sources", Map.ofEntries(Map.entry("kind", "UN_COMMUNICATION"),
                Map.entry("title", "Communication KAZ 3/2023"), Map.entry("date", "2023-07-29"),
                Map.entry("reference", "AL KAZ 3/2023"), Map.entry("reliability", "HIGH"),
                Map.entry("url", "https://spcommreports.ohchr.org/TMResultsBase/DownLoadPublicCommunicationFile?gId=28204"),
                Map.entry("fileName", "KAZ-3-2023.pdf"), Map.entry("sha256", SHA.toUpperCase()),
                Map.entry("author", "Special Rapporteur on human rights defenders"),
                Map.entry("description", "Allegation letter on the refusal to register Feminita."),
                Map.entry("confidentiality", "PUBLIC")));

        assertThat(saved.status()).isEqualTo(302);
        String path = saved.location().replace("http://localhost:" + port, "");
        WebSession.Page view = web.get(path);
        assertThat(view.html()).contains("Communication KAZ 3/2023", "UN communication", "29 July 2023", "AL KAZ 3/2023",
                "High", "rel=\"noopener noreferrer\"",
                "href=\"https://spcommreports.ohchr.org/TMResultsBase/DownLoadPublicCommunicationFile?gId=28204\"",
                "KAZ-3-2023.pdf", SHA, "Special Rapporteur on human rights defenders",
                "Allegation letter on the refusal to register Feminita.", "Public", path + "/history", path + "/edit");

        assertThat(web.get(path + "/edit").html()).contains("value=\"2023-07-29\"", "Communication KAZ 3/2023");
        assertThat(web.post(path, Map.of("version", "0", "kind", "UN_COMMUNICATION", "title", "Communication KAZ 3/2023",
                "date", "~2023-07-29", "confidentiality", "PUBLIC")).status()).isEqualTo(302);
        assertThat(web.get(path).html()).contains("about 29 July 2023").doesNotContain("AL KAZ 3/2023");
        assertThat(web.get(path + "/history").html()).contains("update", "AL KAZ 3/2023", "test-editor");
    }

    @Test
    void datesOfAnyPrecisionAreShownAsTheSourceGivesThem() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/sources/new");
        String month = path(web.post("/sources", Map.of("title", "Monthly bulletin", "date", "2024-05", "kind", "NGO_REPORT")));
        String year = path(web.post("/sources", Map.of("title", "Annual report", "date", "2017", "kind", "NGO_REPORT")));
        String unknown = path(web.post("/sources", Map.of("title", "Undated leaflet", "kind", "OTHER")));

        assertThat(web.get(month).html()).contains("May 2024");
        assertThat(web.get(year).html()).contains("2017");
        assertThat(web.get(unknown).html()).contains("date unknown");
        assertThat(web.get("/sources?kind=NGO_REPORT").html()).contains("Monthly bulletin", "Annual report")
                .doesNotContain("Undated leaflet");
        assertThat(web.get("/sources?q=bulletin").html()).contains("Monthly bulletin").doesNotContain("Annual report");
    }

    @Test
    void anAddressThatIsNotAWebAddressIsShownButNotLinked() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/sources/new");
        String path = path(web.post("/sources", Map.of("title", "Suspicious address", "url", "javascript:alert(1)")));

        String html = web.get(path).html();
        assertThat(html).contains("javascript:alert(1)").doesNotContain("href=\"javascript:");
    }

    @Test
    void theFormShowsWhyADateWasRefusedAndKeepsWhatWasTyped() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/sources/new");
        WebSession.Page calendar = web.post("/sources", Map.of("title", "Court ruling", "date", "2025-02-30",
                "description", "typed text"));
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.html()).contains("The record was not saved", "date: &#39;2025-02-30&#39; is not a date of the calendar",
                "Court ruling", "typed text", "value=\"2025-02-30\"");

        assertThat(web.post("/sources", Map.of("title", "Court ruling", "date", "29.07.2023")).html())
                .contains("date: &#39;29.07.2023&#39; is not a date: write 2023-07-29, 2024-05, 2017 or ~2024-05-13");
        assertThat(web.post("/sources", Map.of("title", " ", "sha256", "abc")).html())
                .contains("sha256: must be 64 lower-case hexadecimal digits", "title: must not be blank");
    }

    @Test
    void viewersReadButCannotOpenTheFormAndAnonymousUsersAreSentToSignIn() {
        WebSession editorWeb = WebSession.signIn(port, "test-editor", PASSWORD);
        editorWeb.get("/sources/new");
        String open = path(editorWeb.post("/sources", Map.of("title", "Press release of the Akimat", "confidentiality", "RESTRICTED")));
        editorWeb.post("/sources", Map.of("title", "Testimony of a witness", "kind", "TESTIMONY", "confidentiality", "CONFIDENTIAL"));

        WebSession viewerWeb = WebSession.signIn(port, "test-viewer", PASSWORD);
        assertThat(viewerWeb.get("/sources/new").status()).isEqualTo(403);
        assertThat(viewerWeb.get(open + "/edit").status()).isEqualTo(403);
        WebSession.Page list = viewerWeb.get("/sources");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("Press release of the Akimat").doesNotContain("Testimony of a witness", "id=\"new-source\"");
        WebSession.Page view = viewerWeb.get(open);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.html()).contains("Press release of the Akimat", "/history").doesNotContain(open + "/edit");
        assertThat(viewerWeb.post(open + "/delete", Map.of("version", "0")).status()).isEqualTo(403);

        WebSession.Page anonymousPage = WebSession.anonymous(port).get(open);
        assertThat(anonymousPage.status()).isEqualTo(302);
        assertThat(anonymousPage.location()).endsWith("/login");
    }

    private String path(WebSession.Page saved) {
        assertThat(saved.status()).isEqualTo(302);
        return saved.location().replace("http://localhost:" + port, "");
    }
}

package org.defensor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

class PageErrorsTests extends ServerTest {

    @Test
    void aMissingRecordIsANotFoundPageNotAServerError() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        WebSession.Page page = web.get("/incidents/" + UUID.randomUUID());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Not found", "No incident with id");
    }

    @Test
    void deletingARecordAnIncidentStillRefersToIsRefusedWithAReason() {
        String person = editor.post("/api/v1/persons", "{\"name\": \"Referenced person\"}").body().get("id").asText();
        editor.post("/api/v1/incidents", """
                {"title": "Refers to the person", "start": "2024",
                 "acts": [{"type": "THREAT", "victims": [{"personId": "%s"}]}]}""".formatted(person));
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/persons/" + person + "/edit");

        WebSession.Page refused = web.post("/persons/" + person + "/delete", Map.of("version", "0"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("cannot be deleted");
        assertThat(viewer.get("/api/v1/persons/" + person).status()).isEqualTo(200);
    }

    @Test
    void listPagesKeepTheirFiltersFromPageToPage() {
        for (int i = 0; i < 55; i++) {
            editor.post("/api/v1/organisations", "{\"name\": \"Paged court " + i + "\", \"kind\": \"COURT\", \"country\": \"KAZ\"}");
        }
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        String html = web.get("/organisations?q=Paged&kind=COURT").html();
        assertThat(html).contains("q=Paged", "kind=COURT", "page=1");
    }
}

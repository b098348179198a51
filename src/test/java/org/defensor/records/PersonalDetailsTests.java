package org.defensor.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * A person's personal details have levels of their own: a viewer who may read a RESTRICTED person
 * reads its RESTRICTED address but not its CONFIDENTIAL telephone number — not in the record, the
 * page, the history or search.
 */
class PersonalDetailsTests extends ServerTest {

    private static final String PHONE = "+7 701 555 01 01";
    private static final String ADDRESS = "Abay avenue 10, Almaty";

    private String createPerson(String name) {
        Api.Reply created = editor.post("/api/v1/persons", """
                {"kind": "INDIVIDUAL", "name": "%s", "confidentiality": "RESTRICTED",
                 "details": [{"kind": "CONTACT", "value": "%s"},
                             {"kind": "ADDRESS", "value": "%s", "confidentiality": "RESTRICTED"}]}
                """.formatted(name, PHONE, ADDRESS));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    @Test
    void aDetailWithoutALevelIsConfidentialAndOnlyThoseClearedForItReadIt() {
        String id = createPerson("Aigerim Example");

        JsonNode asEditor = editor.get("/api/v1/persons/" + id).body();
        assertThat(asEditor.get("details")).hasSize(2);
        assertThat(asEditor.get("details").get(0).get("confidentiality").asText()).isEqualTo("CONFIDENTIAL");

        Api.Reply asViewer = viewer.get("/api/v1/persons/" + id);
        assertThat(asViewer.status()).isEqualTo(200);
        assertThat(asViewer.raw()).contains(ADDRESS).doesNotContain(PHONE);
        assertThat(anonymous.get("/api/v1/persons/" + id).status()).isEqualTo(401);

        WebSession.Page page = WebSession.signIn(port, "test-viewer", PASSWORD).get("/persons/" + id);
        assertThat(page.html()).contains(ADDRESS).doesNotContain(PHONE);
        assertThat(WebSession.signIn(port, "test-editor", PASSWORD).get("/persons/" + id).html()).contains(PHONE, ADDRESS);
    }

    @Test
    void theHistoryShowsChangesToDetailsOnlyToThoseClearedForEveryLevel() {
        String id = createPerson("Saule Example");
        JsonNode person = editor.get("/api/v1/persons/" + id).body();
        ((com.fasterxml.jackson.databind.node.ObjectNode) person).withArray("details").addObject().put("kind", "HEALTH").put("value", "asthma");
        Api.Reply updated = editor.put("/api/v1/persons/" + id, person.toString());
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(editor.get("/api/v1/persons/" + id + "/history").raw()).contains(PHONE, "asthma");
        assertThat(viewer.get("/api/v1/persons/" + id + "/history").raw()).doesNotContain(PHONE).doesNotContain("asthma")
                .contains("not shown at your clearance");
        assertThat(WebSession.signIn(port, "test-viewer", PASSWORD).get("/persons/" + id + "/history").html()).doesNotContain(PHONE).doesNotContain("asthma");
    }

    @Test
    void detailsAreNeverIndexed() {
        createPerson("Zhuldyz Example");
        assertThat(editor.get("/api/v1/search?q=" + "555").body().get("total").asLong()).isZero();
        assertThat(editor.get("/api/v1/search?q=Abay").body().get("total").asLong()).isZero();
        assertThat(editor.get("/api/v1/search?q=Zhuldyz").body().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theFormReadsOneDetailPerLineAndRefusesALineItCannotReadByNumber() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/persons/new");
        WebSession.Page refused = web.post("/persons", Map.of("name", "Dana Example", "kind", "INDIVIDUAL",
                "details", "CONTACT | +7 702 000 00 00\nSHOE SIZE | 38"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("details: line 2");

        WebSession.Page saved = web.post("/persons", Map.of("name", "Dana Example", "kind", "INDIVIDUAL", "confidentiality", "PUBLIC",
                "details", "CONTACT | +7 702 000 00 00\nADDRESS | Almaty | RESTRICTED"));
        assertThat(saved.status()).as(saved.html()).isEqualTo(302);
        String id = saved.location().replaceAll(".*/persons/", "");
        JsonNode details = editor.get("/api/v1/persons/" + id).body().get("details");
        assertThat(details).hasSize(2);
        assertThat(details.get(1).get("confidentiality").asText()).isEqualTo("RESTRICTED");
        assertThat(viewer.get("/api/v1/persons/" + id).raw()).contains("Almaty").doesNotContain("+7 702");
    }
}

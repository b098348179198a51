package org.defensor.mandates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mandates REST API over real HTTP, on H2 (and on PostgreSQL in the subclass). */
class MandatesApiTests extends ServerTest {

    private static final String SR_FOAA = "5a000000-0000-4000-8000-000000000001";

    @Autowired
    JdbcTemplate jdbc;

    private static String mandate(String title, String holderTo) {
        return """
                {"title": "%s", "shortName": "SR Test", "kind": "SPECIAL_RAPPORTEUR",
                 "resolutions": [{"resolution": "58/1", "citedSince": "2025-04-01", "note": "cited in a test letter"}],
                 "holders": [{"name": "Test Holder", "capacity": "Special Rapporteur on tests", "from": "2025-04-01", "to": %s}]}
                """.formatted(title, holderTo == null ? "null" : "\"" + holderTo + "\"");
    }

    private JsonNode create(String title) {
        Api.Reply reply = admin.post("/api/v1/mandates", mandate(title, null));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body();
    }

    private static List<String> field(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(name).asText()).toList();
    }

    @Test
    void theSeededCatalogueIsServedByTitle() {
        Api.Reply list = viewer.get("/api/v1/mandates");

        assertThat(list.status()).isEqualTo(200);
        List<String> titles = field(list.body(), "title");
        assertThat(titles).contains("Working Group on Arbitrary Detention",
                "Special Rapporteur on the rights to freedom of peaceful assembly and of association");
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        JsonNode foaa = viewer.get("/api/v1/mandates/" + SR_FOAA).body();
        assertThat(field(foaa.get("resolutions"), "resolution")).containsExactly("41/12", "50/17", "59/4");
        assertThat(foaa.get("resolutions").get(2).get("citedSince").asText()).isEqualTo("2025-09-25");
        assertThat(foaa.get("holders").get(1).get("name").asText()).isEqualTo("Gina Romero");
        assertThat(foaa.get("holders").get(1).get("from").asText()).isEqualTo("2024-08-29");
    }

    @Test
    void anAdminCreatesUpdatesAndDeletesAMandateAndEachWriteIsInItsHistory() {
        JsonNode created = create("Special Rapporteur on the API");
        String path = "/api/v1/mandates/" + created.get("id").asText();
        assertThat(created.get("version").asLong()).isZero();
        assertThat(created.get("holders").get(0).get("from").asText()).isEqualTo("2025-04-01");

        String edited = created.toString().replace("\"to\":null", "\"to\":\"2025-12-31\"");
        Api.Reply updated = admin.put(path, edited);
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.body().get("holders").get(0).get("to").asText()).isEqualTo("2025-12-31");
        assertThat(updated.body().get("version").asLong()).isEqualTo(1);
        assertThat(field(viewer.get(path + "/history").body(), "action")).containsExactly("update", "create");

        assertThat(admin.delete(path + "?version=1").status()).isEqualTo(204);
        assertThat(viewer.get(path).status()).isEqualTo(404);
    }

    @Test
    void editorsReadButOnlyAdminsWrite() {
        JsonNode created = create("Special Rapporteur on roles");
        String path = "/api/v1/mandates/" + created.get("id").asText();

        assertThat(editor.post("/api/v1/mandates", mandate("Special Rapporteur by an editor", null)).status()).isEqualTo(403);
        assertThat(editor.put(path, created.toString()).status()).isEqualTo(403);
        assertThat(editor.delete(path + "?version=0").status()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/mandates", mandate("Special Rapporteur by a viewer", null)).status()).isEqualTo(403);
        assertThat(editor.get(path).status()).isEqualTo(200);
        assertThat(viewer.get(path).body().get("title").asText()).isEqualTo("Special Rapporteur on roles");
        assertThat(field(admin.get("/api/v1/mandates").body(), "title"))
                .doesNotContain("Special Rapporteur by an editor", "Special Rapporteur by a viewer");
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertThat(anonymous.get("/api/v1/mandates").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/mandates/" + SR_FOAA).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/mandates", mandate("Special Rapporteur anonymous", null)).status()).isEqualTo(401);
    }

    @Test
    void aRefusedMandateIsAProblemThatNamesEachField() {
        Api.Reply reversed = admin.post("/api/v1/mandates", mandate("Special Rapporteur on reversed terms", "2020-01-01"));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body().get("errors").get(0).get("field").asText()).isEqualTo("holders[0].to");
        assertThat(reversed.body().get("errors").get(0).get("reason").asText()).contains("before the term starts on 2025-04-01");

        Api.Reply duplicate = admin.post("/api/v1/mandates", mandate("Working Group on Arbitrary Detention", null));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().get("errors").get(0).get("field").asText()).isEqualTo("title");
        assertThat(duplicate.body().get("errors").get(0).get("reason").asText()).isEqualTo("a mandate with this title already exists");

        Api.Reply kind = admin.post("/api/v1/mandates", mandate("Special Rapporteur of an unknown kind", null)
                .replace("SPECIAL_RAPPORTEUR", "COMMISSION"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body().get("errors").get(0).get("field").asText()).isEqualTo("kind");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonNode created = create("Special Rapporteur on conflicts");
        String path = "/api/v1/mandates/" + created.get("id").asText();
        assertThat(admin.put(path, created.toString().replace("SR Test", "SR First")).status()).isEqualTo(200);

        Api.Reply stale = admin.put(path, created.toString().replace("SR Test", "SR Second"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("detail").asText()).contains("changed by someone else");
        assertThat(admin.delete(path + "?version=0").status()).isEqualTo(409);
        assertThat(viewer.get(path).body().get("shortName").asText()).isEqualTo("SR First");
    }

    @Test
    void aMandateThatACommunicationCitesIsNotDeleted() {
        JsonNode created = create("Special Rapporteur cited by a communication");
        // Stands in for communication_mandate, which the communications module's migration adds.
        jdbc.execute("create table cites_mandate (mandate_id uuid not null references mandate (id))");
        jdbc.update("insert into cites_mandate (mandate_id) values (?)", java.util.UUID.fromString(created.get("id").asText()));
        String path = "/api/v1/mandates/" + created.get("id").asText();

        Api.Reply refused = admin.delete(path + "?version=0");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("title").asText()).isEqualTo("Record in use");
        assertThat(viewer.get(path).status()).isEqualTo(200);
    }
}

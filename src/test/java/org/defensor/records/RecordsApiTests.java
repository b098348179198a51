package org.defensor.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;

/** The records REST API over real HTTP, on H2 (and on PostgreSQL in the subclass). */
class RecordsApiTests extends ServerTest {

    private String createPerson(String name) {
        Api.Reply reply = editor.post("/api/v1/persons", """
                {"name": "%s", "otherNames": [{"name": "Sekerbaeva", "kind": "TRANSLITERATION"}],
                 "roles": ["WOMAN_HUMAN_RIGHTS_DEFENDER"], "confidentiality": "PUBLIC"}""".formatted(name));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().get("id").asText();
    }

    private String createOrganisation(String name, String kind) {
        Api.Reply reply = editor.post("/api/v1/organisations", """
                {"name": "%s", "kind": "%s", "country": "KAZ", "confidentiality": "PUBLIC"}""".formatted(name, kind));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().get("id").asText();
    }

    private String vehicleIncident(String victim, String police) {
        return """
                {"title": "Attempted vehicle assault on Timiryazev Street", "start": "2023-07-29", "time": "20:00",
                 "timeApproximate": true, "place": {"country": "KAZ", "city": "Almaty", "venue": "Timiryazev Street"},
                 "confidentiality": "PUBLIC",
                 "acts": [{"type": "VEHICLE_INTIMIDATION", "victims": [{"personId": "%1$s"}],
                           "perpetrators": [{"personId": "%1$s", "degree": "DIRECT", "perpetratorType": "NON_STATE_ACTOR"}],
                           "rights": ["PHYSICAL_AND_MENTAL_INTEGRITY"], "provisions": ["ICCPR:9"]},
                          {"type": "VERBAL_ABUSE", "victims": [{"personId": "%1$s"}]}],
                 "proceedings": [{"kind": "COMPLAINT", "purpose": "ACCOUNTABILITY", "started": "2023-07-29",
                                  "filedBy": {"personId": "%1$s"}, "authorityId": "%2$s",
                                  "decisions": [{"date": "2023-07-29", "outcome": "NO_ACTION_TAKEN"}]}]}
                """.formatted(victim, police);
    }

    private long count(String path) {
        return admin.get(path).body().get("total").asLong();
    }

    @Test
    void createsAnIncidentWithActsAndDerivesItsAccountability() {
        String person = createPerson("Zhanar Sekerbayeva");
        String police = createOrganisation("Bostandyk District Police Department", "POLICE_DEPARTMENT");

        Api.Reply created = editor.post("/api/v1/incidents", vehicleIncident(person, police));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        JsonNode incident = created.body();
        assertThat(incident.get("acts")).hasSize(2);
        assertThat(incident.get("accountability").get("status").asText()).isEqualTo("NOT_HELD_ACCOUNTABLE");
        assertThat(incident.get("time").asText()).isEqualTo("20:00:00");
        JsonNode read = viewer.get("/api/v1/incidents/" + incident.get("id").asText()).body();
        assertThat(read.get("acts").get(0).get("type").asText()).isEqualTo("VEHICLE_INTIMIDATION");
        assertThat(read.get("start").asText()).isEqualTo("2023-07-29");
    }

    @Test
    void refusesAnUnknownActTypeNamingTheFieldAndChangesNothing() {
        String person = createPerson("Gulzada Serzhan");
        long before = count("/api/v1/incidents");

        Api.Reply reply = editor.post("/api/v1/incidents", """
                {"title": "x", "start": "2024", "acts": [{"type": "TELEPORTATION", "victims": [{"personId": "%s"}]}]}
                """.formatted(person));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("acts[0].type");
        assertThat(reply.body().get("errors").get(0).get("reason").asText()).contains("unknown value 'TELEPORTATION'");
        assertThat(count("/api/v1/incidents")).isEqualTo(before);
    }

    @Test
    void refusesAnEndDateBeforeTheStartDate() {
        long before = count("/api/v1/incidents");
        Api.Reply reply = editor.post("/api/v1/incidents", """
                {"title": "Lesbian kurultay", "start": "2024-10-10", "end": "2024-10-07"}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("end");
        assertThat(reply.body().get("errors").get(0).get("reason").asText()).contains("before it starts");
        assertThat(count("/api/v1/incidents")).isEqualTo(before);
    }

    @Test
    void acceptsAnEndInTheSameMonthAsAMonthPrecisionStart() {
        Api.Reply reply = editor.post("/api/v1/incidents", """
                {"title": "Refusals of venues", "start": "2024-10", "end": "2024-10-07"}""");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    @Test
    void refusesMalformedJsonWithItsPosition() {
        Api.Reply reply = editor.post("/api/v1/persons", "{\"name\": \"Zhanar\",, }");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("detail").asText()).contains("Malformed JSON at line 1");
    }

    @Test
    void refusesAnImpossibleDateNamingTheField() {
        Api.Reply reply = editor.post("/api/v1/incidents", """
                {"title": "x", "start": "2025-02-30"}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("start");
        assertThat(reply.body().get("errors").get(0).get("reason").asText()).contains("not a date of the calendar");
    }

    @Test
    void refusesATenMegabyteStringAndChangesNothing() {
        long before = count("/api/v1/persons");
        String huge = "a".repeat(10 * 1024 * 1024);
        Api.Reply reply = editor.post("/api/v1/persons", "{\"name\": \"Someone\", \"description\": \"" + huge + "\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).contains("description");
        assertThat(count("/api/v1/persons")).isEqualTo(before);
    }

    @Test
    void refusesAStaleVersionSoNoUpdateIsLost() {
        String id = createPerson("Person to edit");
        JsonNode read = editor.get("/api/v1/persons/" + id).body();
        String first = read.toString().replace("Person to edit", "First editor's name");
        String second = read.toString().replace("Person to edit", "Second editor's name");

        assertThat(editor.put("/api/v1/persons/" + id, first).status()).isEqualTo(200);
        Api.Reply stale = admin.put("/api/v1/persons/" + id, second);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("detail").asText()).contains("changed by someone else");
        assertThat(viewer.get("/api/v1/persons/" + id).body().get("name").asText()).isEqualTo("First editor's name");
    }

    @Test
    void refusesAReferenceToAProvisionOutsideTheCatalogue() {
        String person = createPerson("Someone qualified");
        Api.Reply reply = editor.post("/api/v1/incidents", """
                {"title": "x", "start": "2024", "acts": [{"type": "THREAT", "victims": [{"personId": "%s"}],
                 "provisions": ["ICCPR:999"]}]}""".formatted(person));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("acts[0].provisions[0]");
    }

    @Test
    void recordsEveryWriteInTheHistory() {
        String id = createPerson("Historied person");
        JsonNode read = editor.get("/api/v1/persons/" + id).body();
        editor.put("/api/v1/persons/" + id, read.toString().replace("Historied person", "Renamed person"));

        JsonNode history = viewer.get("/api/v1/persons/" + id + "/history").body();

        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asText()).isEqualTo("update");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("test-editor");
        assertThat(history.get(0).get("changes").get(0).get("field").asText()).isEqualTo("name");
        assertThat(history.get(0).get("changes").get(0).get("after").asText()).isEqualTo("Renamed person");
        assertThat(history.get(1).get("action").asText()).isEqualTo("create");
    }

    @Test
    void deletesOnlyWithTheCurrentVersion() {
        String id = createPerson("To be deleted");
        assertThat(editor.delete("/api/v1/persons/" + id + "?version=7").status()).isEqualTo(409);
        assertThat(editor.delete("/api/v1/persons/" + id + "?version=0").status()).isEqualTo(204);
        assertThat(viewer.get("/api/v1/persons/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteAPersonAnIncidentStillRefersTo() {
        String id = createPerson("Still referenced");
        editor.post("/api/v1/incidents", """
                {"title": "Refers", "start": "2024", "acts": [{"type": "THREAT", "victims": [{"personId": "%s"}]}]}""".formatted(id));
        Api.Reply refused = editor.delete("/api/v1/persons/" + id + "?version=0");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("still refer to it");
        assertThat(viewer.get("/api/v1/persons/" + id).status()).isEqualTo(200);
    }

    @Test
    void nobodyReadsAnythingWithoutSigningIn() {
        assertThat(anonymous.get("/api/v1/persons").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/incidents").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/provisions").status()).isEqualTo(401);
        assertThat(Api.as(port, "test-admin", "wrong-password-123").get("/api/v1/persons").status()).isEqualTo(401);
    }

    @Test
    void viewersReadButDoNotWrite() {
        assertThat(viewer.get("/api/v1/persons").status()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/persons", "{\"name\": \"x\"}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/dataset").status()).isEqualTo(403);
        assertThat(editor.get("/api/v1/dataset").status()).isEqualTo(403);
    }

    @Test
    void viewersDoNotSeeConfidentialRecords() {
        Api.Reply created = editor.post("/api/v1/persons", """
                {"name": "Confidential witness", "confidentiality": "CONFIDENTIAL"}""");
        String id = created.body().get("id").asText();

        assertThat(viewer.get("/api/v1/persons/" + id).status()).isEqualTo(404);
        assertThat(viewer.get("/api/v1/persons?q=Confidential+witness").body().get("total").asLong()).isZero();
        assertThat(editor.get("/api/v1/persons/" + id).status()).isEqualTo(200);
    }

    @Test
    void apiTokensSignInScripts() {
        String token = org.defensor.shared.Clearance.asSystem(() -> accounts.issueToken("test-viewer", "script"));
        assertThat(Api.withToken(port, token).get("/api/v1/persons").status()).isEqualTo(200);
        assertThat(Api.withToken(port, "dfs_not-a-real-token").get("/api/v1/persons").status()).isEqualTo(401);
    }

    @Test
    void servesTheLegalCatalogueAndTheOpenApiDescription() {
        JsonNode provisions = viewer.get("/api/v1/provisions").body();
        assertThat(provisions.findValuesAsText("code")).contains("ICCPR:21", "KAZ-CAO:489(9)", "CCPR/C/GC/37:71");
        assertThat(anonymous.get("/api/v1/openapi").body().get("paths").has("/api/v1/incidents")).isTrue();
    }
}

package org.defensor.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// One instance per class: the records are made once per server, and a subclass has a server of its own.
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class SearchApiTests extends ServerTest {

    private String incidentId;

    @BeforeEach
    void recordTheVehicleIncident() {
        if (incidentId != null) {
            return;
        }
        String person = editor.post("/api/v1/persons", """
                {"name": "Zhanar Sekerbayeva", "otherNames": [{"name": "Sekerbaeva"}], "confidentiality": "PUBLIC"}""")
                .body().get("id").asText();
        String police = editor.post("/api/v1/organisations", """
                {"name": "Bostandyk District Police Department", "kind": "POLICE_DEPARTMENT", "confidentiality": "PUBLIC"}""")
                .body().get("id").asText();
        Api.Reply created = editor.post("/api/v1/incidents", """
                {"title": "Attempted vehicle assault in Almaty", "start": "2023-07-29", "confidentiality": "PUBLIC",
                 "place": {"country": "KAZ", "city": "Almaty"},
                 "description": "A driver stopped abruptly on the pedestrian crossing in front of her.",
                 "acts": [{"type": "VEHICLE_INTIMIDATION", "victims": [{"personId": "%1$s"}],
                           "perpetrators": [{"personId": "%1$s", "perpetratorType": "NON_STATE_ACTOR"}],
                           "rights": ["PHYSICAL_AND_MENTAL_INTEGRITY"]}],
                 "proceedings": [{"kind": "COMPLAINT", "purpose": "ACCOUNTABILITY", "started": "2023-07-29",
                                  "authorityId": "%2$s", "description": "Formal complaint against the driver",
                                  "decisions": [{"date": "2023-07-29", "outcome": "NO_ACTION_TAKEN"}]}]}
                """.formatted(person, police));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        incidentId = created.body().get("id").asText();
        editor.post("/api/v1/incidents", """
                {"title": "Confidential incident about Bostandyk", "start": "2024", "confidentiality": "CONFIDENTIAL"}""");
    }

    @Test
    void findsTheComplaintByThePoliceDepartmentItWasFiledWith() {
        JsonNode result = viewer.get("/api/v1/search?q=Bostandyk").body();

        JsonNode hit = hitOfType(result, "incident");
        assertThat(hit.get("id").asText()).isEqualTo(incidentId);
        assertThat(hit.get("snippets").toString()).contains("<mark>Bostandyk</mark>");
    }

    @Test
    void findsAPersonUnderAnotherSpellingOfTheName() {
        JsonNode result = viewer.get("/api/v1/search?q=Sekerbaeva&type=person").body();
        assertThat(result.get("hits").get(0).get("title").asText()).isEqualTo("Zhanar Sekerbayeva");
        JsonNode fuzzy = viewer.get("/api/v1/search?q=Sekerbaieva&type=person").body();
        assertThat(fuzzy.get("total").asLong()).isPositive();
    }

    @Test
    void filtersIncidentsAndCountsPerFilterValue() {
        JsonNode result = viewer.get("/api/v1/search?country=KAZ&year=2023&actType=VEHICLE_INTIMIDATION"
                + "&perpetratorType=NON_STATE_ACTOR&right=PHYSICAL_AND_MENTAL_INTEGRITY&accountability=NOT_HELD_ACCOUNTABLE").body();
        assertThat(result.get("total").asLong()).isEqualTo(1);
        assertThat(result.get("facets").get("accountability").get(0).get("value").asText()).isEqualTo("NOT_HELD_ACCOUNTABLE");
        assertThat(result.get("facets").get("accountability").get(0).get("count").asLong()).isEqualTo(1);
        assertThat(result.get("facets").get("year").get(0).get("value").asText()).isEqualTo("2023");

        JsonNode none = viewer.get("/api/v1/search?actType=FINE&country=KAZ&year=2023").body();
        assertThat(none.get("total").asLong()).isZero();
    }

    @Test
    void viewersDoNotFindConfidentialRecords() {
        assertThat(viewer.get("/api/v1/search?q=Confidential").body().get("total").asLong()).isZero();
        assertThat(editor.get("/api/v1/search?q=Confidential").body().get("total").asLong()).isEqualTo(1);
        assertThat(anonymous.get("/api/v1/search?q=Bostandyk").status()).isEqualTo(401);
    }

    private static JsonNode hitOfType(JsonNode result, String type) {
        for (JsonNode hit : result.get("hits")) {
            if (hit.get("type").asText().equals(type)) {
                return hit;
            }
        }
        throw new AssertionError("no " + type + " in " + result);
    }
}

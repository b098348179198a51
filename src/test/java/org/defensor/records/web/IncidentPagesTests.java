package org.defensor.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

class IncidentPagesTests extends ServerTest {

    private String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void anEditorEntersTheVehicleIncidentWithItsComplaintAndSeesItsAccountability() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/persons/new");
        String victim = id(web.post("/persons", Map.of("name", "Zhanar Sekerbayeva", "confidentiality", "PUBLIC")).location());
        String driver = id(web.post("/persons", Map.of("name", "Driver (name redacted in source)", "redactInPublications", "true",
                "confidentiality", "RESTRICTED")).location());
        String police = editor.post("/api/v1/organisations", """
                {"name": "Bostandyk District Police Department", "kind": "POLICE_DEPARTMENT"}""").body().get("id").asText();
        web.get("/incidents/new");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Attempted vehicle assault");
        form.put("start", "2023-07-29");
        form.put("time", "20:00");
        form.put("timeApproximate", "true");
        form.put("country", "KAZ");
        form.put("city", "Almaty");
        form.put("venue", "Pedestrian crossing, Timiryazev Street");
        form.put("confidentiality", "PUBLIC");
        form.put("informationStatus", "ALLEGED");
        form.put("acts[0].type", "VEHICLE_INTIMIDATION");
        form.put("acts[0].victims", "person:" + victim);
        form.put("acts[0].perpetrators[0].party", "person:" + driver);
        form.put("acts[0].perpetrators[0].perpetratorType", "NON_STATE_ACTOR");
        form.put("acts[0].perpetrators[0].degree", "DIRECT");
        form.put("acts[0].rights", "PHYSICAL_AND_MENTAL_INTEGRITY");
        form.put("acts[0].provisions", "ICCPR:9");
        form.put("acts[2].type", "VERBAL_ABUSE"); // a gap where a row was removed in the browser
        form.put("acts[2].victims", "person:" + victim);
        form.put("proceedings[0].kind", "COMPLAINT");
        form.put("proceedings[0].purpose", "ACCOUNTABILITY");
        form.put("proceedings[0].started", "2023-07-29");
        form.put("proceedings[0].authorityId", police);
        form.put("proceedings[0].filedBy", "person:" + victim);
        form.put("proceedings[0].decisions[0].date", "2023-07-29");
        form.put("proceedings[0].decisions[0].outcome", "NO_ACTION_TAKEN");
        WebSession.Page saved = web.post("/incidents", form);

        assertThat(saved.status()).as(saved.html()).isEqualTo(302);
        WebSession.Page view = web.get("/incidents/" + id(saved.location()));
        assertThat(view.html()).contains("Attempted vehicle assault", "Vehicle intimidation", "Verbal abuse",
                "Bostandyk District Police Department", "No action taken", "Not held accountable", "about 20:00",
                "ICCPR, art. 9");
        WebSession.Page caseFile = web.get("/persons/" + victim);
        assertThat(caseFile.html()).contains("1 incident(s)", "Attempted vehicle assault");
    }

    @Test
    void aBadDateInANestedDecisionIsNamedAndNothingIsSaved() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/incidents/new");
        long before = admin.get("/api/v1/incidents").body().get("total").asLong();

        WebSession.Page refused = web.post("/incidents", Map.of("title", "Fine", "start", "2025-02-19",
                "proceedings[0].kind", "ADMINISTRATIVE_CASE", "proceedings[0].purpose", "AGAINST_DEFENDER",
                "proceedings[0].decisions[0].date", "2025-02-30", "proceedings[0].decisions[0].outcome", "FINED",
                "proceedings[0].decisions[0].fineAmount", "393200", "proceedings[0].decisions[0].fineCurrency", "KZT"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("proceedings[0].decisions[0].date", "is not a date of the calendar", "393200");
        assertThat(admin.get("/api/v1/incidents").body().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void theFormAddsRowsForActsAndDecisions() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        assertThat(web.get("/incidents/form/act?index=3").html()).contains("acts[3].type", "acts[3].victims", "Add perpetrator");
        assertThat(web.get("/incidents/form/decision?proceeding=1&index=2").html())
                .contains("proceedings[1].decisions[2].outcome", "proceedings[1].decisions[2].fineCurrency");
        assertThat(web.get("/incidents/form/citation?prefix=acts%5B0%5D.sources&index=0").html()).contains("acts[0].sources[0].sourceId");
        assertThat(web.get("/incidents/form/citation?prefix=%3Cscript%3E&index=0").status()).isNotEqualTo(200);
    }
}

package org.defensor.recommendations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

/** The recommendation pages: form, list filters, linking from an incident's page, assessing. */
class RecommendationPagesTests extends ServerTest {

    private String path(WebSession.Page saved) {
        assertThat(saved.status()).as(saved.html()).isEqualTo(302);
        return saved.location().replace("http://localhost:" + port, "");
    }

    private static Map<String, String> recommendation(String identifier, String position) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mechanism", "UPR");
        fields.put("document", "A/HRC/58/99");
        fields.put("identifier", identifier);
        fields.put("text", "ensure thorough investigations of all acts of intimidation and harassment of human rights defenders");
        fields.put("date", "2025-01-23");
        fields.put("stateUnderReview", "kaz");
        fields.put("recommendingStates", "DEU, FRA");
        fields.put("position", position);
        fields.put("positionDate", "2025-03-31");
        fields.put("themes", "IMPUNITY");
        fields.put("provisions", "ICCPR:21");
        fields.put("confidentiality", "PUBLIC");
        return fields;
    }

    @Test
    void anEditorCreatesARecommendationLinksItFromAnIncidentsPageAndAssessesIt() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/recommendations/new");
        WebSession.Page refused = web.post("/recommendations", recommendation("140.x", "ACCEPTED"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("identifier: ", "not an identifier");
        WebSession.Page wrongPosition = web.post("/recommendations", recommendation("140.111", "ACCEPTED"));
        assertThat(wrongPosition.html()).contains("position: ", "supports or notes a UPR recommendation");
        String rec = path(web.post("/recommendations", recommendation("140.111", "SUPPORTED")));

        String incident = editor.post("/api/v1/incidents", """
                {"title": "Vehicle incident on Timiryazev Street", "start": "2023-07-29", "confidentiality": "PUBLIC",
                 "place": {"country": "KAZ"}}""").body().get("id").asText();
        assertThat(web.get("/incidents/" + incident).html()).contains("/recommendations/bearing/" + incident);
        WebSession.Page bearing = web.get("/recommendations/bearing/" + incident + "?kind=INCIDENT&state=KAZ");
        assertThat(bearing.html()).contains("Not linked to any recommendation", "UPR 140.111 — ensure thorough");
        String recId = rec.substring("/recommendations/".length());
        WebSession.Page linked = web.post("/recommendations/link", Map.of("recommendation", recId, "kind", "INCIDENT",
                "target", incident, "note", "complaint filed the same day; no one held accountable"));
        assertThat(path(linked)).isEqualTo("/incidents/" + incident);
        assertThat(web.get("/recommendations/bearing/" + incident).html())
                .contains("UPR 140.111", "complaint filed the same day; no one held accountable");

        String version = Api.as(port, "test-editor", PASSWORD).get("/api/v1" + rec).body().get("version").asText();
        path(web.post(rec + "/assessments", Map.of("version", version, "status", "NOT_IMPLEMENTED", "date", "2025-06-01",
                "reasoning", "no investigation", "confidentiality", "PUBLIC")));
        WebSession.Page view = WebSession.signIn(port, "test-viewer", PASSWORD).get(rec);
        assertThat(view.html()).contains("UPR 140.111", "Supported on 2025-03-31", "DEU, FRA", "Vehicle incident on Timiryazev Street",
                "29 July 2023", "complaint filed the same day", "Not implemented", "no investigation");

        WebSession viewer = WebSession.signIn(port, "test-viewer", PASSWORD);
        assertThat(viewer.get("/recommendations?state=KAZ&status=NOT_IMPLEMENTED").html()).contains("UPR 140.111");
        assertThat(viewer.get("/recommendations?state=KAZ&status=IMPLEMENTED").html()).doesNotContain("UPR 140.111");
        assertThat(viewer.get("/recommendations?mechanism=TREATY_BODY").html()).doesNotContain("UPR 140.111");
        assertThat(viewer.get("/recommendations/bearing/" + incident).html()).doesNotContain("bearing-form");
        assertThat(viewer.get(rec + "/history").status()).isEqualTo(200);
    }

    @Test
    void onAnIncidentsPageAnEditorDismissesOneSuggestionAndAcceptsAnotherAndTheCaseFileShowsTheLink() {
        Api api = Api.as(port, "test-editor", PASSWORD);
        String document = "A/HRC/PAGE/" + java.util.UUID.randomUUID().toString().substring(0, 8);
        java.util.List<String> recs = new java.util.ArrayList<>();
        for (String id : java.util.List.of("5.1", "5.2")) {
            recs.add(api.post("/api/v1/recommendations", """
                    {"mechanism": "UPR", "document": "%s", "identifier": "%s", "stateUnderReview": "KAZ", "position": "SUPPORTED",
                     "text": "Investigate every threat against women defenders (%s)", "themes": ["WOMENS_RIGHTS"], "confidentiality": "PUBLIC"}"""
                    .formatted(document, id, id)).body().get("id").asText());
        }
        String person = api.post("/api/v1/persons", """
                {"name": "Page Suggestion Testova", "confidentiality": "PUBLIC"}""").body().get("id").asText();
        String incident = api.post("/api/v1/incidents", """
                {"title": "Threats against a women defender", "start": "2024-05-02", "confidentiality": "PUBLIC", "themes": ["WOMENS_RIGHTS"],
                 "place": {"country": "KAZ"}, "acts": [{"type": "THREAT", "victims": [{"personId": "%s"}]}]}""".formatted(person))
                .body().get("id").asText();
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        WebSession.Page shown = web.get("/recommendations/bearing/" + incident + "?kind=INCIDENT&state=KAZ");
        assertThat(shown.html()).contains("Suggested recommendations", "data-recommendation=\"" + recs.get(0), "same themes: Women", "Accept", "Dismiss");
        assertThat(WebSession.signIn(port, "test-viewer", PASSWORD).get("/recommendations/bearing/" + incident + "?kind=INCIDENT").html())
                .contains("Suggested recommendations").doesNotContain("accept-suggestion");

        WebSession.Page dismissed = web.post("/recommendations/suggestions/dismiss", new java.util.HashMap<>(java.util.Map.of("kind", "INCIDENT",
                "target", incident, "recommendation", recs.get(0), "state", "KAZ")));
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.html()).doesNotContain("data-recommendation=\"" + recs.get(0)).contains("data-recommendation=\"" + recs.get(1));
        WebSession.Page accepted = web.post("/recommendations/suggestions/accept", new java.util.HashMap<>(java.util.Map.of("kind", "INCIDENT",
                "target", incident, "recommendation", recs.get(1), "note", "threats never investigated", "state", "KAZ")));
        assertThat(accepted.html()).contains("UPR 5.2", "threats never investigated").doesNotContain("data-recommendation=\"" + recs.get(1));
        assertThat(WebSession.signIn(port, "test-viewer", PASSWORD).post("/recommendations/suggestions/dismiss",
                new java.util.HashMap<>(java.util.Map.of("kind", "INCIDENT", "target", incident, "recommendation", recs.get(1)))).status())
                .isEqualTo(403);

        assertThat(web.get("/persons/" + person).html()).contains("/recommendations/bearing/" + incident + "/list");
        assertThat(web.get("/recommendations/bearing/" + incident + "/list").html()).contains("UPR 5.2", "threats never investigated");
    }

    @Test
    void theDashboardDrawsABarPerStatusThatOpensTheListItCounts() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        web.get("/recommendations/new");
        String rec = path(web.post("/recommendations", recommendation("140.9", "NOTED"))).substring("/recommendations/".length());
        editor.post("/api/v1/recommendations/" + rec + "/assessments?version=0", """
                {"status": "REGRESSING", "date": "2025-06-01", "reasoning": "worse", "confidentiality": "PUBLIC"}""");

        String html = WebSession.signIn(port, "test-viewer", PASSWORD).get("/recommendations/dashboard?state=KAZ").html();
        assertThat(html).contains("<svg", "By latest assessment", "By position", "By theme", "data-key=\"REGRESSING\"",
                "/recommendations?state=KAZ&amp;mechanism=&amp;status=REGRESSING&amp;position=\"");
    }
}

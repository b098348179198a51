package org.defensor.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;

/** Suggested links over real HTTP: ranked with reasons, on the record's State, accepted as evidence, dismissed for good, access rules. */
class RecommendationSuggestionsApiTests extends ServerTest {

    private final String document = "A/HRC/SUG/" + UUID.randomUUID().toString().substring(0, 8);

    private String recommendation(String identifier, String state, String text, String rights, String themes) {
        Api.Reply reply = editor.post("/api/v1/recommendations", """
                {"mechanism": "UPR", "document": "%s", "identifier": "%s", "text": "%s", "date": "2025-01-23",
                 "recommendingStates": ["DEU"], "stateUnderReview": "%s", "position": "SUPPORTED", "rights": [%s], "themes": [%s],
                 "confidentiality": "PUBLIC"}""".formatted(document, identifier, text, state, rights, themes));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().get("id").asText();
    }

    private String disruption(String level) {
        Api.Reply person = editor.post("/api/v1/persons", """
                {"name": "Suggestion Testova", "confidentiality": "PUBLIC"}""");
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        Api.Reply reply = editor.post("/api/v1/incidents", """
                {"title": "Police disrupted a peaceful assembly of defenders", "start": "2024-10-09", "confidentiality": "%s",
                 "place": {"country": "KAZ", "city": "Almaty"}, "themes": ["FREEDOM_OF_ASSEMBLY"],
                 "description": "Police dispersed the peaceful assembly; the harassment of the organisers was never investigated.",
                 "acts": [{"type": "DISRUPTION_OF_EVENT", "victims": [{"personId": "%s"}], "rights": ["FREEDOM_OF_PEACEFUL_ASSEMBLY"]},
                          {"type": "HARASSMENT", "victims": [{"personId": "%2$s"}]}]}""".formatted(level, person.body().get("id").asText()));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().get("id").asText();
    }

    private static List<String> field(JsonNode array, String name) {
        assertThat(array.isArray()).as(array.toString()).isTrue();
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(name).asText()).toList();
    }

    @Test
    void suggestionsAreRankedWithReasonsOnTheIncidentsStateAndAcceptedOnesBecomeEvidence() {
        String assembly = recommendation("1.1", "KAZ", "Guarantee the right of peaceful assembly and stop police dispersing assemblies",
                "\"FREEDOM_OF_PEACEFUL_ASSEMBLY\"", "\"FREEDOM_OF_ASSEMBLY\"");
        String harassment = recommendation("1.2", "KAZ", "Investigate all harassment of human rights defenders", "", "\"IMPUNITY\"");
        String unrelated = recommendation("1.3", "KAZ", "Increase funding for primary schools in rural regions", "\"EDUCATION\"", "\"OTHER\"");
        String elsewhere = recommendation("1.4", "UZB", "Guarantee the right of peaceful assembly", "\"FREEDOM_OF_PEACEFUL_ASSEMBLY\"",
                "\"FREEDOM_OF_ASSEMBLY\"");
        String incident = disruption("PUBLIC");

        Api.Reply reply = viewer.get("/api/v1/recommendations/suggestions?kind=INCIDENT&target=" + incident);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        List<String> ids = field(reply.body(), "recommendationId");
        assertThat(ids).contains(assembly, harassment).doesNotContain(unrelated, elsewhere);
        assertThat(ids.indexOf(assembly)).isLessThan(ids.indexOf(harassment));
        JsonNode first = reply.body().get(ids.indexOf(assembly));
        String reasons = first.get("reasons").toString();
        assertThat(reasons).contains("same State (KAZ)", "same rights: Freedom of peaceful assembly", "same themes: Freedom of assembly",
                "similar wording");
        assertThat(reply.body().get(ids.indexOf(harassment)).get("reasons").toString())
                .contains("its text names act types of the record: Harassment");
        // Nothing is linked by being suggested.
        assertThat(viewer.get("/api/v1/recommendations/bearing/" + incident).body()).isEmpty();

        assertThat(viewer.post("/api/v1/recommendations/suggestions/accept", """
                {"kind": "INCIDENT", "target": "%s", "recommendation": "%s"}""".formatted(incident, assembly)).status()).isEqualTo(403);
        Api.Reply accepted = editor.post("/api/v1/recommendations/suggestions/accept", """
                {"kind": "INCIDENT", "target": "%s", "recommendation": "%s", "note": "assembly dispersed"}""".formatted(incident, assembly));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        assertThat(field(accepted.body().get("evidence"), "target")).containsExactly(incident);
        assertThat(field(viewer.get("/api/v1/recommendations/bearing/" + incident).body(), "note")).containsExactly("assembly dispersed");

        List<String> after = field(viewer.get("/api/v1/recommendations/suggestions?kind=INCIDENT&target=" + incident).body(), "recommendationId");
        assertThat(after).doesNotContain(assembly).contains(harassment);
    }

    @Test
    void aDismissedSuggestionIsNotMadeAgainAndTheDismissalIsInTheHistory() {
        String harassment = recommendation("2.1", "KAZ", "Investigate all harassment of human rights defenders", "", "\"IMPUNITY\"");
        String incident = disruption("PUBLIC");
        assertThat(field(viewer.get("/api/v1/recommendations/suggestions?kind=INCIDENT&target=" + incident).body(), "recommendationId"))
                .contains(harassment);

        String answer = """
                {"kind": "INCIDENT", "target": "%s", "recommendation": "%s"}""".formatted(incident, harassment);
        assertThat(viewer.post("/api/v1/recommendations/suggestions/dismiss", answer).status()).isEqualTo(403);
        assertThat(anonymous.post("/api/v1/recommendations/suggestions/dismiss", answer).status()).isEqualTo(401);
        Api.Reply dismissed = editor.post("/api/v1/recommendations/suggestions/dismiss", answer);
        assertThat(dismissed.status()).as(dismissed.raw()).isEqualTo(204);

        assertThat(field(viewer.get("/api/v1/recommendations/suggestions?kind=INCIDENT&target=" + incident).body(), "recommendationId"))
                .doesNotContain(harassment);
        assertThat(viewer.get("/api/v1/recommendations/bearing/" + incident).body()).isEmpty();
        assertThat(admin.get("/api/v1/recommendations/" + harassment + "/history").raw()).contains("dismiss-suggestion", incident);
    }

    @Test
    void suggestionsForARecordAboveTheCallersClearanceAreRefusedAsNotFoundAndAnonymousCallersAreRefused() {
        recommendation("3.1", "KAZ", "Investigate all harassment of human rights defenders", "", "\"IMPUNITY\"");
        String incident = disruption("CONFIDENTIAL");
        assertThat(viewer.get("/api/v1/recommendations/suggestions?kind=INCIDENT&target=" + incident).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/recommendations/suggestions?kind=INCIDENT&target=" + incident).status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/recommendations/suggestions?kind=INCIDENT&target=" + incident).status()).isEqualTo(200);
        Api.Reply wrongKind = editor.get("/api/v1/recommendations/suggestions?kind=SOURCE&target=" + incident);
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.raw()).contains("kind");
    }
}

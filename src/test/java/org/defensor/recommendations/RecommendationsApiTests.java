package org.defensor.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;

/** The recommendations REST API over real HTTP: rules, document order, levels of links and assessments, history. */
class RecommendationsApiTests extends ServerTest {

    private static final String UPR_111 = """
            {"mechanism": "UPR", "document": "A/HRC/58/%1$s", "identifier": "%2$s",
             "text": "fully protect freedom of expression and peaceful assembly online and offline, ensure thorough investigations",
             "date": "2025-01-23", "cycle": "4th cycle", "recommendingStates": ["DEU"], "stateUnderReview": "KAZ",
             "position": "SUPPORTED", "positionDate": "2025-03-31", "themes": ["IMPUNITY"], "rights": ["EFFECTIVE_REMEDY"],
             "provisions": ["ICCPR:21"], "confidentiality": "PUBLIC"}""";

    private static List<String> field(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(name).asText()).toList();
    }

    private JsonNode create(String json) {
        Api.Reply reply = editor.post("/api/v1/recommendations", json);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body();
    }

    private String incident(String title, String level) {
        Api.Reply reply = editor.post("/api/v1/incidents", """
                {"title": "%s", "start": "2024-10-09", "confidentiality": "%s", "place": {"country": "KAZ"}}""".formatted(title, level));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().get("id").asText();
    }

    @Test
    void anEditorRecordsARecommendationAndItIsListedInDocumentOrderWithItsParent() {
        for (String id : List.of("54(b)", "54", "10", "9", "54(a)", "10(a)")) {
            create("""
                    {"mechanism": "TREATY_BODY", "document": "CCPR/C/KAZ/CO/3", "identifier": "%s", "text": "Paragraph %s",
                     "date": "2025-09-03", "stateUnderReview": "kaz", "position": "ACCEPTED", "confidentiality": "PUBLIC"}"""
                    .formatted(id, id));
        }
        Api.Reply list = viewer.get("/api/v1/recommendations?document=CCPR/C/KAZ/CO/3&state=KAZ");
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(field(list.body(), "identifier")).containsExactly("9", "10", "10(a)", "54", "54(a)", "54(b)");
        JsonNode sub = list.body().get(4);
        assertThat(sub.get("parent").asText()).isEqualTo("54");
        assertThat(sub.get("stateUnderReview").asText()).isEqualTo("KAZ");
        assertThat(list.body().get(0).get("parent").isNull()).isTrue();
        assertThat(viewer.get("/api/v1/recommendations?mechanism=UPR&document=CCPR/C/KAZ/CO/3").body()).isEmpty();
    }

    @Test
    void aRecommendationBreakingTheRulesIsRefusedNamingEachField() {
        Api.Reply refused = editor.post("/api/v1/recommendations", """
                {"mechanism": "TREATY_BODY", "identifier": "12", "text": "Adopt anti-discrimination legislation",
                 "date": "2025-09-03", "stateUnderReview": "KAZ", "position": "SUPPORTED", "positionDate": "2025-01-01",
                 "recommendingStates": ["DEU"], "provisions": ["NOT:1"], "followUpDeadline": "2024-01-01"}""");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.raw()).contains("document", "position", "positionDate", "recommendingStates", "provisions[0]",
                "followUpDeadline", "SUPPORTED and NOTED are for the UPR", "not in the legal catalogue");

        create(UPR_111.formatted("17", "140.111"));
        Api.Reply duplicate = editor.post("/api/v1/recommendations", UPR_111.formatted("17", "140.111"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.raw()).contains("identifier", "140.111 is already a recommendation of A/HRC/58/17");

        Api.Reply badIdentifier = editor.post("/api/v1/recommendations", UPR_111.formatted("17", "para 9"));
        assertThat(badIdentifier.status()).isEqualTo(400);
        assertThat(badIdentifier.raw()).contains("identifier");
        Api.Reply badState = editor.post("/api/v1/recommendations", UPR_111.formatted("17", "140.1").replace("\"KAZ\"", "\"Kazakhstan\""));
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.raw()).contains("ISO 3166-1 alpha-3");
    }

    @Test
    void aViewerDoesNotLearnOfALinkToAConfidentialIncidentNorOfTheAssessmentRestingOnIt() {
        JsonNode rec = create(UPR_111.formatted("18", "140.111"));
        String path = "/api/v1/recommendations/" + rec.get("id").asText();
        String open = incident("Disruption of the kurultay", "PUBLIC");
        String secret = incident("QXC9001XQ attack on a defender", "CONFIDENTIAL");

        JsonNode linked = editor.post(path + "/evidence?version=" + rec.get("version"), """
                {"kind": "INCIDENT", "target": "%s", "note": "complaint filed; no investigation"}""".formatted(open)).body();
        linked = editor.post(path + "/evidence?version=" + linked.get("version"), """
                {"kind": "INCIDENT", "target": "%s", "note": "QXC9002XQ no one held accountable"}""".formatted(secret)).body();
        assertThat(linked.get("evidence")).hasSize(2);
        String secretLink = StreamSupport.stream(linked.get("evidence").spliterator(), false)
                .filter(e -> e.get("target").asText().equals(secret)).findFirst().orElseThrow().get("id").asText();
        Api.Reply assessed = editor.post(path + "/assessments?version=" + linked.get("version"), """
                {"status": "NOT_IMPLEMENTED", "date": "2025-06-01", "reasoning": "QXC9003XQ the complaints led nowhere",
                 "evidence": ["%s"], "confidentiality": "PUBLIC"}""".formatted(secretLink));
        assertThat(assessed.status()).as(assessed.raw()).isEqualTo(201);
        JsonNode assessment = assessed.body().get("assessments").get(0);
        assertThat(assessment.get("effectiveConfidentiality").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(assessment.get("author").asText()).isEqualTo("test-editor");
        assertThat(assessed.body().get("latestStatus").asText()).isEqualTo("NOT_IMPLEMENTED");

        // The editor reads both links, the viewer only the public one; nothing of the confidential link reaches them.
        Api.Reply asViewer = viewer.get(path);
        assertThat(asViewer.status()).isEqualTo(200);
        assertThat(field(asViewer.body().get("evidence"), "target")).containsExactly(open);
        assertThat(asViewer.body().get("evidence").get(0).get("targetName").asText()).isEqualTo("Disruption of the kurultay");
        assertThat(asViewer.body().get("assessments")).isEmpty();
        assertThat(asViewer.body().get("latestStatus").isNull()).isTrue();
        assertThat(asViewer.raw()).doesNotContain("QXC", secret);
        assertThat(viewer.get("/api/v1/recommendations?status=NOT_IMPLEMENTED").body()).isEmpty();
        assertThat(viewer.get("/api/v1/recommendations/bearing/" + secret).body()).isEmpty();
        assertThat(field(viewer.get("/api/v1/recommendations/bearing/" + open).body(), "label")).containsExactly("UPR 140.111");
        assertThat(viewer.get(path + "/history").raw()).doesNotContain("QXC", secret);
        assertThat(editor.get(path + "/history").raw()).contains("QXC9002XQ");
        assertThat(anonymous.get(path).status()).isEqualTo(401);
        assertThat(viewer.post(path + "/evidence?version=0", "{}").status()).isEqualTo(403);
    }

    @Test
    void aLinkRisesWithTheIncidentItLinksWhenTheIncidentBecomesConfidential() {
        JsonNode rec = create(UPR_111.formatted("19", "140.111"));
        String path = "/api/v1/recommendations/" + rec.get("id").asText();
        String incident = incident("Fine for an unregistered association", "PUBLIC");
        JsonNode linked = editor.post(path + "/evidence?version=" + rec.get("version"), """
                {"kind": "INCIDENT", "target": "%s", "note": "fined"}""".formatted(incident)).body();
        assertThat(linked.get("evidence").get(0).get("effectiveConfidentiality").asText()).isEqualTo("PUBLIC");
        assertThat(viewer.get(path).body().get("evidence")).hasSize(1);

        JsonNode stored = editor.get("/api/v1/incidents/" + incident).body();
        ((com.fasterxml.jackson.databind.node.ObjectNode) stored).put("confidentiality", "CONFIDENTIAL");
        Api.Reply raised = editor.put("/api/v1/incidents/" + incident, stored.toString());
        assertThat(raised.status()).as(raised.raw()).isEqualTo(200);

        assertThat(viewer.get(path).body().get("evidence")).isEmpty();
        assertThat(editor.get(path).body().get("evidence").get(0).get("effectiveConfidentiality").asText()).isEqualTo("CONFIDENTIAL");
    }

    @Test
    void evidenceMustNameARecordOfItsKindOnceAndAnUpdateKeepsAssessmentsAndEvidence() {
        JsonNode rec = create(UPR_111.formatted("20", "140.111"));
        String path = "/api/v1/recommendations/" + rec.get("id").asText();
        String incident = incident("Detention in Shymkent", "PUBLIC");
        Api.Reply wrongKind = editor.post(path + "/evidence?version=0", """
                {"kind": "SOURCE", "target": "%s"}""".formatted(incident));
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.raw()).contains("no source has id");
        JsonNode linked = editor.post(path + "/evidence?version=0", """
                {"kind": "INCIDENT", "target": "%s"}""".formatted(incident)).body();
        Api.Reply again = editor.post(path + "/evidence?version=" + linked.get("version"), """
                {"kind": "INCIDENT", "target": "%s"}""".formatted(incident));
        assertThat(again.raw()).contains("already linked");
        Api.Reply stale = editor.post(path + "/evidence?version=0", """
                {"kind": "INCIDENT", "target": "%s"}""".formatted(incident("Other", "PUBLIC")));
        assertThat(stale.status()).isEqualTo(409);

        com.fasterxml.jackson.databind.node.ObjectNode changed = (com.fasterxml.jackson.databind.node.ObjectNode) linked.deepCopy();
        changed.put("text", "a corrected text");
        changed.putNull("evidence");
        Api.Reply updated = editor.put(path, changed.toString());
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.body().get("text").asText()).isEqualTo("a corrected text");
        assertThat(updated.body().get("evidence")).hasSize(1);
        Api.Reply removed = editor.delete(path + "/evidence/" + linked.get("evidence").get(0).get("id").asText() + "?version="
                + updated.body().get("version"));
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(removed.body().get("evidence")).isEmpty();
        assertThat(field(editor.get(path + "/history").body(), "action")).contains("create", "update");
    }

    @Test
    void listingARestrictedRecommendationAndRenderingTheReportAreAuditedAsReads() {
        String id = create(UPR_111.formatted("audited", "140.111").replace("\"PUBLIC\"", "\"RESTRICTED\"")).get("id").asText();

        assertThat(field(editor.get("/api/v1/recommendations?document=A/HRC/58/audited").body(), "id")).containsExactly(id);
        org.defensor.support.WebSession pages = org.defensor.support.WebSession.signIn(port, "test-editor", PASSWORD);
        assertThat(pages.get("/recommendations/report?state=KAZ&mechanism=UPR&format=html").status()).isEqualTo(200);

        assertThat(audit.views("recommendation", id)).extracting(org.defensor.audit.AuditEntry::action).contains("list");
        assertThat(audit.views("implementation-report", "KAZ/UPR")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("test-editor");
            assertThat(e.action()).isEqualTo("render");
        });
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.defensor.audit.AuditTrail audit;

    @Test
    void countsAreOfWhatTheCallerMayReadByStatusPositionMechanismAndTheme() {
        String template = """
                {"mechanism": "UPR", "document": "A/HRC/99/ISL", "identifier": "%s", "text": "Protect defenders",
                 "date": "2025-01-23", "stateUnderReview": "ISL", "position": "%s", "themes": ["IMPUNITY"],
                 "confidentiality": "%s"}""";
        create(template.formatted("1.1", "SUPPORTED", "PUBLIC"));
        JsonNode assessed = create(template.formatted("1.2", "NOTED", "PUBLIC"));
        Api.Reply assessment = editor.post("/api/v1/recommendations/" + assessed.get("id").asText() + "/assessments?version="
                + assessed.get("version").asText(), """
                {"status": "NOT_IMPLEMENTED", "date": "2025-06-01", "reasoning": "no progress", "confidentiality": "PUBLIC"}""");
        assertThat(assessment.status()).as(assessment.raw()).isEqualTo(201);
        create(template.formatted("1.3", "SUPPORTED", "CONFIDENTIAL"));

        JsonNode forViewer = viewer.get("/api/v1/recommendations/counts?state=ISL").body();
        assertThat(forViewer.get("total").asInt()).isEqualTo(2);
        assertThat(field(forViewer.get("byStatus").get("counts"), "label")).containsExactly("Not implemented", "Not assessed");
        assertThat(field(forViewer.get("byPosition").get("counts"), "count")).containsExactly("1", "1");
        JsonNode forAdmin = admin.get("/api/v1/recommendations/counts?state=ISL&mechanism=UPR").body();
        assertThat(forAdmin.get("total").asInt()).isEqualTo(3);
        assertThat(field(forAdmin.get("byTheme").get("counts"), "label")).containsExactly("Impunity");
        assertThat(field(forAdmin.get("byTheme").get("counts"), "count")).containsExactly("3");
    }

    @Test
    void theOpenApiDescriptionHasTheRecommendationEndpointsWithIdentifiersAndStatesAsStrings() {
        JsonNode api = anonymous.get("/api/v1/openapi").body();
        assertThat(api.get("paths").has("/api/v1/recommendations")).isTrue();
        assertThat(api.get("paths").has("/api/v1/recommendations/{id}/evidence")).isTrue();
        JsonNode schema = api.get("components").get("schemas").get("RecommendationData").get("properties");
        assertThat(schema.get("identifier").toString()).contains("string");
        assertThat(schema.get("stateUnderReview").toString()).contains("string");
    }
}

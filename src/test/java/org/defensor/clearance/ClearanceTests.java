package org.defensor.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.defensor.records.Incidents;
import org.defensor.records.RecordFilter;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** One clearance policy on every read path: what a viewer and the public may not see, they do not get. */
class ClearanceTests extends ServerTest {

    private static final String MANDATE = "5a000000-0000-4000-8000-000000000001";

    @Autowired
    private Incidents incidents;

    /** A marker string unique to one test, to look for in responses. */
    private static String marker() {
        return "Marker" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private String created(String path, String json) {
        Api.Reply reply = editor.post(path, json);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().get("id").asText();
    }

    private String incident(String title, String level, String extra) {
        return created("/api/v1/incidents", """
                {"title": "%s", "start": "2024-03-01", "confidentiality": "%s", "place": {"country": "KAZ"},
                 "description": "%s happened"%s}""".formatted(title, level, title, extra));
    }

    @Test
    void aViewerCannotReadACommunicationDraftedFromAConfidentialIncident() {
        String secret = marker();
        String incidentId = incident(secret, "CONFIDENTIAL", "");
        Api.Reply draft = editor.post("/api/v1/communications/drafts", """
                {"type": "AL", "mandateIds": ["%s"], "incidentIds": ["%s"]}""".formatted(MANDATE, incidentId));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        String id = draft.body().get("id").asText();
        assertThat(draft.body().get("confidentiality").asText()).isEqualTo("RESTRICTED");
        assertThat(draft.body().get("effectiveConfidentiality").asText()).isEqualTo("CONFIDENTIAL");

        assertThat(viewer.get("/api/v1/communications/" + id).status()).isEqualTo(404);
        assertThat(viewer.get("/api/v1/communications").raw()).doesNotContain(id).doesNotContain(secret);
        assertThat(viewer.get("/api/v1/communications/" + id + "/history").status()).isEqualTo(404);
        assertThat(viewer.get("/api/v1/communications/" + id + "/letter?format=html").status()).isEqualTo(404);
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        WebSession.Page history = web.get("/communications/" + id + "/history");
        assertThat(history.status()).isEqualTo(404);
        assertThat(history.html()).doesNotContain(secret);
        JsonNode search = viewer.get("/api/v1/search?q=" + secret).body();
        assertThat(search.get("total").asLong()).isZero();
        assertThat(search.toString()).doesNotContain(secret);
        // The editor reads it, and finds it.
        assertThat(editor.get("/api/v1/communications/" + id).raw()).contains(secret);
        assertThat(editor.get("/api/v1/search?q=" + secret + "&type=communication").body().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theEffectiveLevelRisesWhenAnIncidentItCitesBecomesConfidentialAndTheChangeIsInItsHistory() {
        String title = marker();
        String incidentId = incident(title, "RESTRICTED", "");
        String id = created("/api/v1/communications", """
                {"type": "AL", "country": "KAZ", "incidentIds": ["%s"], "summary": "About %s"}""".formatted(incidentId, title));
        assertThat(viewer.get("/api/v1/communications/" + id).body().get("effectiveConfidentiality").asText()).isEqualTo("RESTRICTED");

        JsonNode stored = editor.get("/api/v1/incidents/" + incidentId).body();
        String raised = stored.toString().replace("\"confidentiality\":\"RESTRICTED\"", "\"confidentiality\":\"CONFIDENTIAL\"");
        Api.Reply updated = editor.put("/api/v1/incidents/" + incidentId, raised);
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);

        assertThat(viewer.get("/api/v1/communications/" + id).status()).isEqualTo(404);
        assertThat(viewer.get("/api/v1/communications").raw()).doesNotContain(id);
        JsonNode now = editor.get("/api/v1/communications/" + id).body();
        assertThat(now.get("confidentiality").asText()).isEqualTo("RESTRICTED");
        assertThat(now.get("effectiveConfidentiality").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(editor.get("/api/v1/communications/" + id + "/history").raw())
                .contains("effectiveConfidentiality", "CONFIDENTIAL");
    }

    @Test
    void aViewerDoesNotSeeACitationOfAConfidentialSource() {
        String excerpt = marker();
        String sourceId = created("/api/v1/sources", """
                {"title": "Confidential witness statement", "confidentiality": "CONFIDENTIAL"}""");
        String incidentId = incident(marker(), "PUBLIC", """
                , "sources": [{"sourceId": "%s", "excerpt": "%s"}]""".formatted(sourceId, excerpt));

        Api.Reply seen = viewer.get("/api/v1/incidents/" + incidentId);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.raw()).doesNotContain(excerpt).doesNotContain(sourceId);
        assertThat(editor.get("/api/v1/incidents/" + incidentId).raw()).contains(excerpt, sourceId);
    }

    @Test
    void aViewerSearchingAConfidentialVictimsNameDoesNotGetThePublicIncidentNorTheNameInASnippet() {
        String name = marker();
        String personId = created("/api/v1/persons", """
                {"name": "%s", "confidentiality": "RESTRICTED"}""".formatted(name));
        String incidentId = incident(marker(), "RESTRICTED", """
                , "acts": [{"type": "THREAT", "victims": [{"personId": "%s"}]}]""".formatted(personId));
        assertThat(viewer.get("/api/v1/search?q=" + name + "&type=incident").raw()).contains(incidentId);

        JsonNode person = editor.get("/api/v1/persons/" + personId).body();
        Api.Reply raised = editor.put("/api/v1/persons/" + personId,
                person.toString().replace("\"confidentiality\":\"RESTRICTED\"", "\"confidentiality\":\"CONFIDENTIAL\""));
        assertThat(raised.status()).as(raised.raw()).isEqualTo(200);

        Api.Reply search = viewer.get("/api/v1/search?q=" + name);
        assertThat(search.body().get("total").asLong()).isZero();
        assertThat(search.raw()).doesNotContain(name).doesNotContain(incidentId);
        assertThat(viewer.get("/api/v1/incidents/" + incidentId).status()).isEqualTo(200);
    }

    @Test
    void aViewerSearchingAConfidentialPerpetratorOrganisationsNameDoesNotGetThePublicIncident() {
        String name = marker();
        String organisationId = created("/api/v1/organisations", """
                {"name": "%s", "confidentiality": "CONFIDENTIAL"}""".formatted(name));
        String incidentId = incident(marker(), "PUBLIC", """
                , "acts": [{"type": "THREAT", "perpetrators": [{"organisationId": "%s", "perpetratorType": "STATE_AGENT"}]}]"""
                .formatted(organisationId));

        Api.Reply search = viewer.get("/api/v1/search?q=" + name);
        assertThat(search.body().get("total").asLong()).isZero();
        assertThat(search.raw()).doesNotContain(name).doesNotContain(incidentId);
        assertThat(editor.get("/api/v1/search?q=" + name + "&type=organisation").raw()).contains(organisationId);
    }

    @Test
    void withoutSignInOnlyPublicRecordsAreRead() {
        String open = marker();
        String restricted = marker();
        incident(open, "PUBLIC", "");
        incident(restricted, "RESTRICTED", "");

        assertThat(incidents.list(new RecordFilter(open, null, null, null), PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThat(incidents.list(new RecordFilter(restricted, null, null, null), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(viewer.get("/api/v1/incidents?q=" + restricted).raw()).contains(restricted);
        assertThat(anonymous.get("/api/v1/incidents?q=" + open).status()).isEqualTo(401);
    }
}

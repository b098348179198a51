package org.defensor.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;

/** Ids are unique across every kind of record: the API and the dataset import refuse one that another record has. */
class RecordIdsTests extends ServerTest {

    private String incident() {
        Api.Reply incident = editor.post("/api/v1/incidents", """
                {"title": "An incident whose id is taken", "start": "2024-03-01", "place": {"country": "KAZ"}, "confidentiality": "PUBLIC"}""");
        assertThat(incident.status()).as(incident.raw()).isEqualTo(201);
        return incident.body().get("id").asText();
    }

    @Test
    void aPersonWithTheIdOfAnIncidentIsRefusedNamingTheIdAndItsKindAndTheExportStillImports() {
        String id = incident();

        Api.Reply person = editor.post("/api/v1/persons", "{\"id\": \"" + id + "\", \"name\": \"Same id as the incident\"}");

        assertThat(person.status()).isEqualTo(400);
        assertThat(person.body().at("/errors/0/field").asText()).isEqualTo("id");
        assertThat(person.body().at("/errors/0/reason").asText()).contains(id, "an incident");
        JsonNode export = admin.get("/api/v1/dataset").body();
        List<String> ids = new ArrayList<>();
        for (String kind : List.of("persons", "organisations", "sources", "incidents", "communications", "replies")) {
            export.path(kind).forEach(record -> ids.add(record.get("id").asText()));
        }
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).contains(id);
    }

    @Test
    void aDatasetRecordWithTheIdOfARecordOfAnotherKindIsListedAndNothingImported() {
        String id = incident();
        String fresh = UUID.randomUUID().toString();

        Api.Reply imported = admin.post("/api/v1/dataset", """
                {"format": "defensor-dataset", "formatVersion": 1,
                 "persons": [{"id": "%s", "name": "Fine"}, {"id": "%s", "name": "Same id as the incident"}]}""".formatted(fresh, id));

        assertThat(imported.status()).as(imported.raw()).isEqualTo(400);
        assertThat(imported.raw()).contains("persons[1]", id, "an incident");
        assertThat(editor.get("/api/v1/persons/" + fresh).status()).isEqualTo(404);
    }

    @Test
    void anIdFreedByADeletionCanBeGivenAgain() {
        String id = UUID.randomUUID().toString();
        Api.Reply person = editor.post("/api/v1/persons", "{\"id\": \"" + id + "\", \"name\": \"Deleted soon\"}");
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        assertThat(editor.delete("/api/v1/persons/" + id + "?version=" + person.body().get("version").asLong()).status()).isEqualTo(204);

        Api.Reply organisation = editor.post("/api/v1/organisations", "{\"id\": \"" + id + "\", \"name\": \"Has the id now\"}");
        assertThat(organisation.status()).as(organisation.raw()).isEqualTo(201);
    }
}

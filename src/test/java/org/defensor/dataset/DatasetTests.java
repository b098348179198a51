package org.defensor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Import and export of whole datasets over the API, starting from the demo data built by hand from
 * the seed documents.
 */
class DatasetTests extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String demo() throws Exception {
        try (InputStream in = new ClassPathResource("samples/demo.json").getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private void importDemoOnce() throws Exception {
        if (admin.get("/api/v1/incidents?q=vehicle").body().get("total").asLong() == 0) {
            Api.Reply reply = admin.post("/api/v1/dataset", demo());
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
            assertThat(reply.body().get("problems")).isEmpty();
        }
    }

    private String personId(String name) {
        for (JsonNode p : admin.get("/api/v1/persons?size=500").body().get("items")) {
            if (p.get("name").asText().equals(name)) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("no person " + name);
    }

    @Test
    void theCaseFileOfZhanarSekerbayevaShowsEveryIncidentOfTheSeedsInDateOrder() throws Exception {
        importDemoOnce();
        String zhanar = personId("Zhanar Sekerbayeva");
        WebPage page = WebPage.of(org.defensor.support.WebSession.signIn(port, "test-viewer", PASSWORD).get("/persons/" + zhanar).html());

        List<String> titles = page.incidentTitles();
        assertThat(titles.size()).isGreaterThanOrEqualTo(15);
        List<String> dates = page.incidentDates();
        assertThat(dates).isEqualTo(dates.stream().sorted().toList());
        String html = page.html();
        assertThat(html).contains("Attempted vehicle assault", "Bostandyk", "Not held accountable", "KZT 393 200",
                "10 days", "approx. 3 h 30 min", "Sekerbaeva", "against Zhanar Sekerbayeva")
                .doesNotContain("against null", "by null", "filed by null");
    }

    @Test
    void searchingBostandykFindsThe2023Complaint() throws Exception {
        importDemoOnce();
        JsonNode result = viewer.get("/api/v1/search?q=Bostandyk&type=incident").body();
        List<String> titles = new ArrayList<>();
        result.get("hits").forEach(h -> titles.add(h.get("title").asText()));
        assertThat(titles).anyMatch(t -> t.toLowerCase().contains("vehicle"));
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("snippets").toString()).contains("<mark>Bostandyk</mark>");
    }

    @Test
    void searchingADefendersNameFindsTheIncidentsAgainstHer() throws Exception {
        importDemoOnce();
        JsonNode result = viewer.get("/api/v1/search?q=Serzhan&type=incident&size=100").body();
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseLosesNothing() throws Exception {
        importDemoOnce();
        JsonNode first = admin.get("/api/v1/dataset").body();
        assertThat(first.get("incidents").size()).isGreaterThanOrEqualTo(60);

        // Import the export into a second, empty server and export again.
        JsonNode second = RoundTrip.throughFreshServer(first.toString());

        assertThat(withoutVersions(second)).isEqualTo(withoutVersions(first));
    }

    @Test
    void aFileWithBadRecordsChangesNothingAndListsEveryBadRecord() throws Exception {
        long before = admin.get("/api/v1/persons").body().get("total").asLong();
        ObjectNode dataset = (ObjectNode) JSON.readTree("""
                {"format": "defensor-dataset", "formatVersion": 1,
                 "persons": [{"id": "person/good", "name": "A good person"},
                             {"id": "person/bad-1", "name": ""},
                             {"id": "person/good-2", "name": "Another good person"},
                             {"id": "person/bad-2", "name": "x", "affiliations": [{"organisationId": "org/missing"}]}],
                 "incidents": [{"id": "incident/bad", "title": "t", "start": "2024-10-10", "end": "2024-10-07"}]}""");

        Api.Reply refused = admin.post("/api/v1/dataset", dataset.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("committed").asBoolean()).isFalse();
        List<String> locations = new ArrayList<>();
        refused.body().get("problems").forEach(p -> locations.add(p.get("location").asText()));
        assertThat(locations).containsExactly("persons[1]", "persons[3]", "incidents[0]");
        assertThat(refused.raw()).contains("name: must not be blank", "no organisation with id", "before it starts");
        assertThat(admin.get("/api/v1/persons").body().get("total").asLong()).isEqualTo(before);

        Api.Reply partial = admin.post("/api/v1/dataset?partial=true", dataset.toString());
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body().get("persons").asInt()).isEqualTo(2);
        assertThat(partial.body().get("problems")).hasSize(3);
        assertThat(admin.get("/api/v1/persons").body().get("total").asLong()).isEqualTo(before + 2);
    }

    @Test
    void aFileThatIsNotADatasetIsRefusedWithWhereAndWhy() {
        Api.Reply malformed = admin.post("/api/v1/dataset", "{\"format\": \"defensor-dataset\", \"persons\": [ {\"name\": }");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.raw()).contains("line 1, column");

        Api.Reply badDate = admin.post("/api/v1/dataset", """
                {"format": "defensor-dataset", "formatVersion": 1,
                 "incidents": [{"title": "t", "start": "29 July 2023"}]}""");
        assertThat(badDate.raw()).contains("incidents[0].start", "is not a date");

        Api.Reply unknownType = admin.post("/api/v1/dataset", """
                {"format": "defensor-dataset", "formatVersion": 1,
                 "incidents": [{"title": "t", "start": "2023", "acts": [{"type": "TELEPORTATION"}]}]}""");
        assertThat(unknownType.raw()).contains("incidents[0].acts[0].type", "TELEPORTATION");

        Api.Reply notDefensor = admin.post("/api/v1/dataset", "{\"format\": \"something-else\"}");
        assertThat(notDefensor.raw()).contains("not a Defensor dataset");
    }

    private static JsonNode withoutVersions(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("version");
            object.forEach(DatasetTests::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(DatasetTests::strip);
        }
    }

    /** The parts of a case file page the tests read. */
    record WebPage(String html) {
        static WebPage of(String html) {
            return new WebPage(html);
        }

        List<String> incidentTitles() {
            return all("class=\"fw-semibold incident-title\">([^<]*)<");
        }

        List<String> incidentDates() {
            return all("data-start=\"([^\"]*)\"");
        }

        private List<String> all(String regex) {
            List<String> found = new ArrayList<>();
            var m = java.util.regex.Pattern.compile(regex).matcher(html);
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        }
    }
}

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
import org.springframework.test.context.TestPropertySource;

/**
 * Import and export of whole datasets over the API, starting from the demo data built by hand from
 * the seed documents: the records, and the communications with the State's replies.
 */
@TestPropertySource(properties = "defensor.demo=true")
class DatasetTests extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String demo() throws Exception {
        try (InputStream in = new ClassPathResource("samples/demo.json").getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private void importDemoOnce() throws Exception {
        // Through the search index: on PostgreSQL titles are sealed (ADR 012), which SQL's list filter cannot read.
        if (admin.get("/api/v1/search?q=vehicle&type=incident").body().get("total").asLong() == 0) {
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
        assertThat(first.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(first.get("incidents").size()).isGreaterThanOrEqualTo(60);
        List<String> references = new ArrayList<>();
        first.get("communications").forEach(c -> references.add(c.get("reference").asText()));
        assertThat(references).contains("AL KAZ 4/2019", "AL KAZ 4/2021", "AL KAZ 3/2024", "AL KAZ 4/2025");
        JsonNode reply = reply(first, "20-404");
        JsonNode letter = communication(first, "AL KAZ 4/2019");
        assertThat(reply.get("communicationId")).isEqualTo(letter.get("id"));
        assertThat(letter.get("status").asText()).isEqualTo("REPLIED");
        assertThat(letter.get("questions").size()).isGreaterThanOrEqualTo(7);
        assertThat(reply.get("answers").size()).isGreaterThanOrEqualTo(6);
        assertThat(reply.get("assessments").size()).isGreaterThanOrEqualTo(6);

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
    void importedRecordsAreListedRightAfterTheImport() throws Exception {
        // The import writes without per-record indexing and rebuilds the index after its commit; the lists
        // are read from the index, so the rebuild must be complete and visible when the import answers.
        String token = "i" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ObjectNode dataset = (ObjectNode) JSON.readTree("""
                {"format": "defensor-dataset", "formatVersion": 1,
                 "persons": [{"id": "person/1", "name": "Жанар Секербаева %1$s", "confidentiality": "PUBLIC"}],
                 "incidents": [{"id": "incident/1", "title": "Imported incident %1$s", "start": "2019-05-01",
                                "place": {"country": "KAZ"}, "confidentiality": "PUBLIC"}]}""".formatted(token));

        Api.Reply imported = admin.post("/api/v1/dataset", dataset.toString());

        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        JsonNode persons = viewer.get("/api/v1/persons?q=" + java.net.URLEncoder.encode("секербаева " + token,
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(persons.get("total").asLong()).isEqualTo(1);
        assertThat(persons.get("items").get(0).get("name").asText()).isEqualTo("Жанар Секербаева " + token);
        JsonNode incidents = viewer.get("/api/v1/incidents?q=" + token + "&country=KAZ&year=2019").body();
        assertThat(incidents.get("total").asLong()).isEqualTo(1);
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

    private static JsonNode communication(JsonNode dataset, String reference) {
        for (JsonNode c : dataset.get("communications")) {
            if (c.get("reference").asText().equals(reference)) {
                return c;
            }
        }
        throw new AssertionError("no communication " + reference + " in the export");
    }

    private static JsonNode reply(JsonNode dataset, String stateReference) {
        for (JsonNode r : dataset.get("replies")) {
            if (r.path("stateReference").asText().equals(stateReference)) {
                return r;
            }
        }
        throw new AssertionError("no reply " + stateReference + " in the export");
    }

    /**
     * Communications and replies: a good letter and a good reply to it, then a letter about an
     * unknown incident, one with the reference of a demo letter, one repeating the good letter's
     * reference, one said to be replied without a reply, and a reply received before the letter was
     * sent, answering a question it does not have.
     */
    private static final String LETTERS = """
            {"format": "defensor-dataset", "formatVersion": 2,
             "communications": [
               {"id": "communication/al-kaz-1-2018", "reference": "AL KAZ 1/2018", "type": "AL", "country": "KAZ",
                "status": "SENT", "drafted": "2018-02-20", "sent": "2018-03-01", "replyDays": 60,
                "incidentIds": ["incident/2017-12-27-registration-application"], "personIds": ["person/gulzada-serzhan"],
                "questions": [{"number": 1, "text": "Please explain the refusal to register Feminita."}],
                "confidentiality": "PUBLIC"},
               {"id": "communication/unknown-incident", "reference": "AL KAZ 2/2018", "type": "AL", "country": "KAZ",
                "status": "SENT", "sent": "2018-04-01", "incidentIds": ["incident/nowhere"]},
               {"id": "communication/taken-reference", "reference": "AL KAZ 4/2019", "type": "AL", "country": "KAZ",
                "status": "SENT", "sent": "2019-10-25"},
               {"id": "communication/repeated-reference", "reference": "UA KAZ 1/2018", "type": "UA", "country": "KAZ",
                "status": "SENT", "sent": "2018-03-01"},
               {"id": "communication/replied-without-reply", "reference": "AL KAZ 3/2018", "type": "AL", "country": "KAZ",
                "status": "REPLIED", "sent": "2018-06-01"}],
             "replies": [
               {"id": "reply/too-early", "communicationId": "communication/al-kaz-1-2018", "received": "2018-02-25",
                "answers": [{"questions": [9], "passage": "No comment."}]},
               {"id": "reply/kaz-2018", "communicationId": "communication/al-kaz-1-2018", "received": "2018-05-02",
                "dated": "2018-04-30", "stateReference": "18-101",
                "answers": [{"questions": [1], "passage": "The documents were incomplete.", "claim": "MEASURE_LAWFUL",
                             "incidentIds": ["incident/2017-12-27-registration-application"]}],
                "assessments": [{"question": 1, "assessment": "FACTS_CONTESTED", "note": "Documents were complete."}]}]}""";

    @Test
    void emptyCommunicationsAndEmptyListEntriesAreRefusedByPositionNotWithAServerError() throws Exception {
        importDemoOnce();
        JsonNode before = admin.get("/api/v1/dataset").body();

        Api.Reply refused = admin.post("/api/v1/dataset", """
                {"format": "defensor-dataset", "formatVersion": 2,
                 "communications": [null,
                    {"id": "%s", "reference": "AL KAZ 7/2018", "type": "AL", "country": "KAZ", "status": "DRAFT",
                     "drafted": "2018-01-01", "questions": [null], "incidentIds": [null]}]}"""
                .formatted(java.util.UUID.randomUUID()));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(locations(refused)).containsExactly("communications[0]", "communications[1]");
        assertThat(reasons(refused, "communications[0]")).containsExactly("(body): is missing");
        assertThat(reasons(refused, "communications[1]")).contains("incidentIds[0].<list element>: must not be null",
                "questions[0].<list element>: must not be null");
        assertThat(admin.get("/api/v1/dataset").body()).isEqualTo(before);
    }

    @Test
    void badCommunicationsAndRepliesChangeNothingAndAreEachListedAndAPartialImportLetsTheGoodOnesIn() throws Exception {
        importDemoOnce();
        JsonNode before = admin.get("/api/v1/dataset").body();

        Api.Reply refused = admin.post("/api/v1/dataset", LETTERS);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("committed").asBoolean()).isFalse();
        assertThat(locations(refused)).containsExactly("communications[1]", "communications[2]", "communications[3]",
                "communications[4]", "replies[0]");
        assertThat(reasons(refused, "communications[1]")).containsExactly(
                "incidentIds[0]: no incident with id " + org.defensor.shared.KeyedIds.of("incident/nowhere"));
        assertThat(reasons(refused, "communications[2]")).singleElement().asString()
                .startsWith("reference: KAZ 4/2019 is already used by another communication");
        assertThat(reasons(refused, "communications[3]")).singleElement().asString()
                .contains("KAZ 1/2018 is also used by communication", "(AL KAZ 1/2018) earlier in the file");
        assertThat(reasons(refused, "communications[4]")).containsExactly(
                "status: is REPLIED but no reply to it is in the file: add the reply, or give the status SENT");
        assertThat(reasons(refused, "replies[0]")).containsExactlyInAnyOrder(
                "received: is before the letter was sent (2018-03-01)",
                "answers[0].questions: question 9 is not in AL KAZ 1/2018 (it has 1 question)");
        assertThat(admin.get("/api/v1/dataset").body()).isEqualTo(before);

        int lettersBefore = before.get("communications").size();

        Api.Reply partial = admin.post("/api/v1/dataset?partial=true", LETTERS);

        assertThat(partial.status()).as(partial.raw()).isEqualTo(200);
        assertThat(partial.body().get("communications").asInt()).isEqualTo(1);
        assertThat(partial.body().get("replies").asInt()).isEqualTo(1);
        assertThat(locations(partial)).containsExactly("communications[1]", "communications[2]", "communications[3]",
                "communications[4]", "replies[0]");
        assertThat(admin.get("/api/v1/communications").body().size()).isEqualTo(lettersBefore + 1);
        String id = org.defensor.shared.KeyedIds.of("communication/al-kaz-1-2018").toString();
        JsonNode letter = admin.get("/api/v1/communications/" + id).body();
        assertThat(letter.get("reference").asText()).isEqualTo("AL KAZ 1/2018");
        assertThat(letter.get("status").asText()).as("a reply to a sent letter makes it replied").isEqualTo("REPLIED");
        JsonNode replies = admin.get("/api/v1/communications/" + id + "/replies").body();
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).get("answers").get(0).get("claim").asText()).isEqualTo("MEASURE_LAWFUL");
        assertThat(replies.get(0).get("assessments").get(0).get("assessment").asText()).isEqualTo("FACTS_CONTESTED");
        assertThat(admin.get("/api/v1/communications/" + id + "/history").body().get(0).get("actor").asText())
                .as("the import is audited as the admin who ran it").isEqualTo("test-admin");
    }

    private static List<String> locations(Api.Reply report) {
        List<String> locations = new ArrayList<>();
        report.body().get("problems").forEach(p -> locations.add(p.get("location").asText()));
        return locations;
    }

    private static List<String> reasons(Api.Reply report, String location) {
        for (JsonNode p : report.body().get("problems")) {
            if (p.get("location").asText().equals(location)) {
                List<String> reasons = new ArrayList<>();
                p.get("reasons").forEach(r -> reasons.add(r.asText()));
                return reasons;
            }
        }
        throw new AssertionError("no problem at " + location + ": " + report.raw());
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

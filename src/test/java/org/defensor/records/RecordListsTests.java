package org.defensor.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Record lists (API, pages and command line share them) are read from the search index: {@code q} is
 * a case-insensitive part of the name or title, taken literally; the order, the paging, the exact
 * total and the caller's clearance are the index's; a saved record is listed at once. Each test uses
 * names with a token of its own, so that the records of other tests never match.
 */
class RecordListsTests extends ServerTest {

    @Autowired
    JdbcTemplate jdbc;

    private static String token() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encoded(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private JsonNode create(String path, Map<String, Object> record) {
        Api.Reply reply = editor.post(path, Api.json(record));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body();
    }

    private String person(String name, String confidentiality) {
        return create("/api/v1/persons", Map.of("name", name, "confidentiality", confidentiality)).get("id").asText();
    }

    private String person(String name) {
        return person(name, "PUBLIC");
    }

    private String incident(String title, String start, String country) {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("title", title);
        incident.put("start", start);
        incident.put("place", Map.of("country", country));
        incident.put("confidentiality", "PUBLIC");
        return create("/api/v1/incidents", incident).get("id").asText();
    }

    private JsonNode list(Api as, String path, String query) {
        Api.Reply reply = as.get(path + "?" + query);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private List<String> names(JsonNode page, String field) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get(field).asText()));
        return names;
    }

    private List<String> personNames(Api as, String q) {
        return names(list(as, "/api/v1/persons", "q=" + encoded(q)), "name");
    }

    @Test
    void findsAPersonByAnyPartOfTheNameWhateverTheCaseInCyrillicAndLatin() {
        String t = token();
        person("Жанар Секербаева " + t);
        person("Zhanar Sekerbayeva " + t);

        assertThat(personNames(editor, "секербаева " + t)).containsExactly("Жанар Секербаева " + t);
        assertThat(personNames(editor, "СЕКЕРБАЕВА")).contains("Жанар Секербаева " + t);
        assertThat(personNames(editor, "ербаев")).contains("Жанар Секербаева " + t);
        assertThat(personNames(editor, "  SEKERBAYEVA " + t.toUpperCase() + " ")).containsExactly("Zhanar Sekerbayeva " + t);
        assertThat(personNames(editor, "nar sek")).contains("Zhanar Sekerbayeva " + t);
    }

    @Test
    void findsANameWrittenWithAccentsByTheLettersWithout() {
        String t = token();
        person("Ainur Kürmanova " + t);

        assertThat(personNames(editor, "kurmanova " + t)).containsExactly("Ainur Kürmanova " + t);
        assertThat(personNames(editor, "KÜRMANOVA " + t)).containsExactly("Ainur Kürmanova " + t);
    }

    @Test
    void takesWildcardAndEscapeCharactersInQAsThemselves() {
        String t = token();
        person("Star*Fund " + t);
        person("StarXFund " + t);
        person("Who? Group " + t);
        person("WhoX Group " + t);
        person("Back\\slash " + t);
        person("Backslash " + t);

        assertThat(personNames(editor, "*")).contains("Star*Fund " + t).doesNotContain("StarXFund " + t);
        assertThat(personNames(editor, "r*f")).contains("Star*Fund " + t).doesNotContain("StarXFund " + t);
        assertThat(personNames(editor, "who? g")).contains("Who? Group " + t).doesNotContain("WhoX Group " + t);
        assertThat(personNames(editor, "?")).contains("Who? Group " + t).doesNotContain("WhoX Group " + t);
        assertThat(personNames(editor, "k\\s")).contains("Back\\slash " + t).doesNotContain("Backslash " + t);
        assertThat(personNames(editor, "\\")).contains("Back\\slash " + t).doesNotContain("Backslash " + t);
        assertThat(personNames(editor, "\\*")).isEmpty();
    }

    @Test
    void listsPersonsByNameWhateverTheCaseThenById() {
        String t = token();
        person(t + " bravo");
        person(t + " Alpha");
        person(t + " charlie");
        String first = person(t + " Delta");
        String second = person(t + " Delta");

        JsonNode page = list(editor, "/api/v1/persons", "q=" + t);

        assertThat(names(page, "name")).containsExactly(t + " Alpha", t + " bravo", t + " charlie", t + " Delta", t + " Delta");
        List<String> deltas = List.of(page.get("items").get(3).get("id").asText(), page.get("items").get(4).get("id").asText());
        assertThat(deltas).containsExactlyElementsOf(java.util.stream.Stream.of(first, second).sorted().toList());
    }

    @Test
    void listsIncidentsNewestFirstThenByTitle() {
        String t = token();
        incident(t + " older", "2021-03-01", "KAZ");
        incident(t + " Second of the day", "2023-07-29", "KAZ");
        incident(t + " first of the day", "2023-07-29", "KAZ");
        incident(t + " between", "2022", "KGZ");

        JsonNode page = list(editor, "/api/v1/incidents", "q=" + t);

        assertThat(names(page, "title")).containsExactly(t + " first of the day", t + " Second of the day", t + " between",
                t + " older");
    }

    @Test
    void filtersIncidentsByCountryAndYearInTheIndex() {
        String t = token();
        incident(t + " Almaty 2023", "2023-07-29", "KAZ");
        incident(t + " Bishkek 2023", "2023-05-01", "KGZ");
        incident(t + " Almaty 2021", "2021-03-01", "KAZ");

        assertThat(names(list(editor, "/api/v1/incidents", "q=" + t + "&country=KAZ"), "title"))
                .containsExactly(t + " Almaty 2023", t + " Almaty 2021");
        assertThat(names(list(editor, "/api/v1/incidents", "q=" + t + "&year=2023"), "title"))
                .containsExactly(t + " Almaty 2023", t + " Bishkek 2023");
        assertThat(names(list(editor, "/api/v1/incidents", "q=" + t + "&country=KAZ&year=2023"), "title"))
                .containsExactly(t + " Almaty 2023");
    }

    @Test
    void filtersPersonsAndOrganisationsByKindAndCountry() {
        String t = token();
        create("/api/v1/persons", Map.of("name", t + " group", "kind", "GROUP", "confidentiality", "PUBLIC"));
        person(t + " individual");
        create("/api/v1/organisations", Map.of("name", t + " police", "kind", "POLICE_DEPARTMENT", "country", "KAZ",
                "confidentiality", "PUBLIC"));
        create("/api/v1/organisations", Map.of("name", t + " court", "kind", "COURT", "country", "KGZ", "confidentiality", "PUBLIC"));

        assertThat(names(list(editor, "/api/v1/persons", "q=" + t + "&kind=GROUP"), "name")).containsExactly(t + " group");
        assertThat(names(list(editor, "/api/v1/organisations", "q=" + t + "&kind=COURT"), "name")).containsExactly(t + " court");
        assertThat(names(list(editor, "/api/v1/organisations", "q=" + t + "&country=KAZ"), "name")).containsExactly(t + " police");
    }

    @Test
    void pagesToTheLastPageWithTheExactTotal() {
        String t = token();
        for (int i = 1; i <= 7; i++) {
            person(t + " member " + i);
        }

        JsonNode first = list(editor, "/api/v1/persons", "q=" + t + "&page=0&size=3");
        JsonNode last = list(editor, "/api/v1/persons", "q=" + t + "&page=2&size=3");
        JsonNode beyond = list(editor, "/api/v1/persons", "q=" + t + "&page=3&size=3");

        assertThat(first.get("total").asLong()).isEqualTo(7);
        assertThat(names(first, "name")).containsExactly(t + " member 1", t + " member 2", t + " member 3");
        assertThat(last.get("total").asLong()).isEqualTo(7);
        assertThat(names(last, "name")).containsExactly(t + " member 7");
        assertThat(names(beyond, "name")).isEmpty();
    }

    @Test
    void aConfidentialRecordIsNeitherListedNorCountedForAViewer() {
        String t = token();
        person(t + " public", "PUBLIC");
        person(t + " restricted", "RESTRICTED");
        person(t + " confidential", "CONFIDENTIAL");

        JsonNode forViewer = list(viewer, "/api/v1/persons", "q=" + t);
        JsonNode forEditor = list(editor, "/api/v1/persons", "q=" + t);

        assertThat(names(forViewer, "name")).containsExactly(t + " public", t + " restricted");
        assertThat(forViewer.get("total").asLong()).isEqualTo(2);
        assertThat(names(forEditor, "name")).containsExactly(t + " confidential", t + " public", t + " restricted");
        assertThat(forEditor.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void aRecordIsListedAsSoonAsItIsSavedRenamedOrDeleted() {
        String t = token();
        JsonNode created = create("/api/v1/persons", Map.of("name", t + " before", "confidentiality", "PUBLIC"));
        String id = created.get("id").asText();
        assertThat(personNames(editor, t)).containsExactly(t + " before");

        Api.Reply renamed = editor.put("/api/v1/persons/" + id, Api.json(Map.of("id", id, "version", created.get("version").asLong(),
                "name", t + " after", "confidentiality", "PUBLIC")));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(personNames(editor, t)).containsExactly(t + " after");
        assertThat(personNames(editor, t + " before")).isEmpty();

        Api.Reply deleted = editor.delete("/api/v1/persons/" + id + "?version=" + renamed.body().get("version").asLong());
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(204);
        assertThat(list(editor, "/api/v1/persons", "q=" + t).get("total").asLong()).isZero();
    }

    @Test
    void listsMatchTheIndexedNameNotTheNameColumn() {
        String t = token();
        String ainur = person("Ainur " + t);
        String bolat = person("Bolat " + t);
        // The name column of Ainur's row now holds Bolat's stored name (whatever form it is stored in);
        // SQL matching on the column would find Ainur under "Bolat" and not under "Ainur".
        jdbc.update("update person set name = (select p.name from person p where p.id = ?) where id = ?",
                UUID.fromString(bolat), UUID.fromString(ainur));

        JsonNode byAinur = list(editor, "/api/v1/persons", "q=" + encoded("ainur " + t));
        JsonNode byBolat = list(editor, "/api/v1/persons", "q=" + encoded("bolat " + t));

        assertThat(byAinur.get("total").asLong()).isEqualTo(1);
        assertThat(byAinur.get("items").get(0).get("id").asText()).isEqualTo(ainur);
        assertThat(byBolat.get("total").asLong()).isEqualTo(1);
        assertThat(byBolat.get("items").get(0).get("id").asText()).isEqualTo(bolat);
    }
}

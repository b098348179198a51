package org.defensor.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a search means: every word required (stemmed), fuzziness only on names and in "did you mean",
 * counts over all the results, pages to the last, passages marked, and the caller's clearance on all of it.
 */
// One instance per class: the records are made once per server, and a subclass has a server of its own.
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class SearchBehaviourTests extends ServerTest {

    /** Incidents with the made-up word "Quorvex": 45 public (30 in KAZ, 15 in KGZ), 1 confidential. */
    private static final int KAZ = 30;
    private static final int KGZ = 15;
    private boolean recorded;

    @BeforeEach
    void recordIncidents() {
        if (recorded) {
            return;
        }
        for (int i = 0; i < KAZ + KGZ; i++) {
            String country = i < KAZ ? "KAZ" : "KGZ";
            String title = i % 3 == 0 ? "Quorvex hearing postponed " + i : "Quorvex office raided " + i;
            created(editor.post("/api/v1/incidents", """
                    {"title": "%s", "start": "2023", "confidentiality": "PUBLIC", "place": {"country": "%s"},
                     "description": "The court postponed the hearing of the defender."}""".formatted(title, country)));
        }
        created(editor.post("/api/v1/incidents", """
                {"title": "Quorvex Zyxwvut secret meeting", "start": "2023", "confidentiality": "CONFIDENTIAL",
                 "place": {"country": "TJK"}, "description": "Only editors read this."}"""));
        created(editor.post("/api/v1/persons", """
                {"name": "Aigerim Tolqynbayeva", "confidentiality": "PUBLIC"}"""));
        recorded = true;
    }

    @Test
    void everyWordOfTheQueryMustMatch() {
        long hearings = total(viewer.get("/api/v1/search?q=Quorvex%20hearing&type=incident"));
        long all = total(viewer.get("/api/v1/search?q=Quorvex&type=incident"));
        assertThat(all).isEqualTo(KAZ + KGZ);
        // i % 3 == 0: 15 of the 45 titles say "hearing"; every description does too, but "raided" none.
        assertThat(total(viewer.get("/api/v1/search?q=Quorvex%20raided%20hearing&type=incident"))).isEqualTo(30);
        assertThat(total(viewer.get("/api/v1/search?q=Quorvex%20raided%20nonexistentword&type=incident"))).isZero();
        assertThat(hearings).isEqualTo(all);
    }

    @Test
    void wordsAreMatchedByTheirStem() {
        assertThat(total(viewer.get("/api/v1/search?q=Quorvex%20raids&type=incident"))).isEqualTo(30);
    }

    @Test
    void aMisspelledWordDoesNotMatchRecordsButAMisspelledNameFindsThePerson() {
        assertThat(total(viewer.get("/api/v1/search?q=Quorvax&type=incident"))).isZero();
        JsonNode person = viewer.get("/api/v1/search?q=Aigerim%20Tolkynbayeva").body();
        assertThat(person.get("total").asLong()).isEqualTo(1);
        assertThat(person.get("hits").get(0).get("title").asText()).isEqualTo("Aigerim Tolqynbayeva");
    }

    @Test
    void whenNothingMatchesTheSearchSuggestsAQueryThatDoes() {
        JsonNode none = viewer.get("/api/v1/search?q=Quorvax%20hearing&type=incident").body();
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("suggestion").asText()).isEqualTo("quorvex hearing");
        assertThat(total(viewer.get("/api/v1/search?q=quorvex%20hearing&type=incident"))).isPositive();

        assertThat(viewer.get("/api/v1/search?q=Quorvex").body().get("suggestion").isNull()).isTrue();

        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        String html = web.get("/?q=Quorvax%20hearing").html();
        assertThat(html).contains("Did you mean").contains("quorvex hearing");
    }

    @Test
    void theSuggestionComesOnlyFromRecordsTheCallerMayRead() {
        // "Zyxwvut" is only in the confidential incident.
        JsonNode viewers = viewer.get("/api/v1/search?q=Zyxwvat").body();
        assertThat(viewers.get("total").asLong()).isZero();
        assertThat(viewers.get("suggestion").isNull()).isTrue();
        assertThat(viewer.get("/api/v1/search?q=Zyxwvat").raw()).doesNotContainIgnoringCase("zyxwvut");
        assertThat(editor.get("/api/v1/search?q=Zyxwvat").body().get("suggestion").asText()).isEqualTo("zyxwvut");
    }

    @Test
    void countsPerFilterValueAreTheHitsWithThatValueOverAllPages() {
        JsonNode result = viewer.get("/api/v1/search?q=Quorvex&type=incident").body();
        Map<String, Long> countries = new HashMap<>();
        result.get("facets").get("country").forEach(c -> countries.put(c.get("value").asText(), c.get("count").asLong()));
        assertThat(countries).isEqualTo(Map.of("KAZ", (long) KAZ, "KGZ", (long) KGZ));
        for (var c : countries.entrySet()) {
            assertThat(total(viewer.get("/api/v1/search?q=Quorvex&type=incident&country=" + c.getKey()))).isEqualTo(c.getValue());
        }
        // The editor's counts include the confidential incident; the viewer's do not.
        JsonNode editors = editor.get("/api/v1/search?q=Quorvex&type=incident").body();
        assertThat(editors.get("total").asLong()).isEqualTo(KAZ + KGZ + 1);
        assertThat(editors.get("facets").get("country").toString()).contains("TJK");
        assertThat(result.get("facets").get("country").toString()).doesNotContain("TJK");
    }

    @Test
    void theResultsArePageableToTheLastPage() {
        Set<String> seen = new HashSet<>();
        JsonNode first = viewer.get("/api/v1/search?q=Quorvex&type=incident&size=20").body();
        assertThat(first.get("pages").asLong()).isEqualTo(3);
        for (int page = 0; page < 3; page++) {
            JsonNode result = viewer.get("/api/v1/search?q=Quorvex&type=incident&size=20&page=" + page).body();
            assertThat(result.get("page").asInt()).isEqualTo(page);
            result.get("hits").forEach(h -> seen.add(h.get("id").asText()));
            assertThat(result.get("hits").size()).isEqualTo(page < 2 ? 20 : 5);
        }
        assertThat(seen).hasSize(KAZ + KGZ);

        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        String firstPage = web.get("/?q=Quorvex&type=incident").html();
        assertThat(firstPage).contains("1–20 of 45 result(s)").contains("Page 1 of 3").contains("page=2");
        String lastPage = web.get("/?q=Quorvex&type=incident&page=2").html();
        assertThat(lastPage).contains("41–45 of 45 result(s)").contains("Page 3 of 3");
        assertThat(lastPage.split("search-hit").length - 1).isEqualTo(5);
    }

    @Test
    void passagesMarkEveryMatchedWord() {
        JsonNode hit = viewer.get("/api/v1/search?q=Quorvex%20hearing&type=incident").body().get("hits").get(0);
        String snippets = hit.get("snippets").toString();
        assertThat(snippets).contains("<mark>Quorvex</mark>").containsIgnoringCase("<mark>hearing</mark>");
    }

    private static void created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private static long total(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body().get("total").asLong();
    }
}

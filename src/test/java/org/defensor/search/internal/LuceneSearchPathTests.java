package org.defensor.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defensor.DefensorApplication;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.search.Search;
import org.defensor.search.SearchQuery;
import org.defensor.search.SearchResult;
import org.defensor.shared.Clearance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search run directly on Lucene gives what the backend-neutral query through Hibernate Search's DSL
 * gives on the same index: the same total, the same hits in the same order with the same scores, the
 * same counts per filter value in the same order, and passages marking the same words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneSearchPathTests {

    private ConfigurableApplicationContext app;

    @BeforeAll
    void start(@org.junit.jupiter.api.io.TempDir Path data) {
        app = new SpringApplicationBuilder(DefensorApplication.class).web(WebApplicationType.NONE)
                .run("--defensor.data-dir=" + data, "--spring.main.banner-mode=off");
        DatasetTransfer transfer = app.getBean(DatasetTransfer.class);
        assertThat(Clearance.asSystem(() -> transfer.importDataset(transfer.synthetic(400, 11), false)).committed()).isTrue();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    static List<SearchQuery> queries() {
        List<String> incident = List.of("incident");
        return List.of(
                query("police complaint archived", List.of(), null, null, null, null, 0),
                query("Almaty training", incident, null, null, null, null, 0),
                query("\"peaceful protest\"", incident, null, null, null, null, 0),
                query("threat*", List.of(), null, null, null, null, 0),
                query("detained", incident, null, null, null, "NOT_HELD_ACCOUNTABLE", 0),
                query("fined court", incident, "KAZ", 2024, "FINE", null, 0),
                query(null, incident, "KAZ", 2021, null, null, 0),
                query(null, List.of(), null, null, null, null, 3),
                query("police", List.of(), null, null, null, null, 2),
                // Names spelt another way: the fuzzy clause on persons and organisations.
                query("Serikbaeva", List.of(), null, null, null, null, 0),
                query("Serikbayeva", List.of("person", "organisation"), null, null, null, null, 0),
                query("nonexistentwordxyz", List.of(), null, null, null, null, 0));
    }

    private static SearchQuery query(String q, List<String> types, String country, Integer year, String actType,
                                     String accountability, int page) {
        return new SearchQuery(q, types, country, year, actType, null, null, accountability, null, null, page, 10);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theLucenePathAnswersWhatTheBackendNeutralQueryAnswers(SearchQuery query) {
        HibernateSearch search = app.getBean(HibernateSearch.class);
        SearchResult lucene = Clearance.asSystem(() -> app.getBean(Search.class).search(query));
        SearchResult dsl;
        search.throughDsl(true);
        try {
            dsl = Clearance.asSystem(() -> app.getBean(Search.class).search(query));
        } finally {
            search.throughDsl(false);
        }

        assertThat(lucene.total()).isEqualTo(dsl.total());
        assertThat(lucene.hits()).extracting(SearchResult.Hit::type, SearchResult.Hit::id, SearchResult.Hit::title)
                .containsExactlyElementsOf(dsl.hits().stream()
                        .map(h -> org.assertj.core.groups.Tuple.tuple(h.type(), h.id(), h.title())).toList());
        for (int i = 0; i < lucene.hits().size(); i++) {
            assertThat(lucene.hits().get(i).score()).isCloseTo(dsl.hits().get(i).score(), org.assertj.core.data.Offset.offset(1e-4f));
            assertThat(marked(lucene.hits().get(i).snippets())).as("words marked in hit %d", i)
                    .isEqualTo(marked(dsl.hits().get(i).snippets()));
        }
        assertThat(lucene.facets().keySet()).containsExactlyElementsOf(dsl.facets().keySet());
        lucene.facets().forEach((name, counts) -> assertThat(counts).as(name).containsExactlyElementsOf(dsl.facets().get(name)));
        if (query.q() != null && dsl.total() > 0) {
            assertThat(lucene.hits()).anySatisfy(h -> assertThat(h.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>")));
        }
    }

    private static final Pattern MARK = Pattern.compile("<mark>([^<]+)</mark>");

    private static TreeSet<String> marked(List<String> snippets) {
        TreeSet<String> words = new TreeSet<>();
        for (String snippet : snippets) {
            Matcher m = MARK.matcher(snippet);
            while (m.find()) {
                words.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }
}

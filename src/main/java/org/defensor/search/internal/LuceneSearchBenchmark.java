package org.defensor.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.defensor.search.BenchmarkReport;
import org.defensor.search.Search;
import org.defensor.search.SearchBenchmark;
import org.defensor.search.SearchQuery;
import org.defensor.shared.Clearance;
import org.defensor.shared.Latency;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.springframework.stereotype.Service;

/**
 * Runs a fixed mix of searches through {@link Search} and the same queries directly against the
 * Lucene index of incidents, alternating the two so that both see the same warm caches.
 */
@Service
class LuceneSearchBenchmark implements SearchBenchmark {

    /** A query of the mix: words and filters. */
    private record Mixed(String q, String country, Integer year, String actType, String accountability) {}

    private static final List<Mixed> MIX = List.of(
            new Mixed("Bostandyk", null, null, null, null),
            new Mixed("police complaint archived", null, null, null, null),
            new Mixed("\"peaceful protest\"", null, null, null, null),
            new Mixed("Almaty training", null, null, null, null),
            new Mixed("threat*", null, null, null, null),
            new Mixed("Serikbayeva", null, null, null, null),
            new Mixed(null, "KAZ", 2021, null, null),
            new Mixed(null, null, null, "PHOTOGRAPHING_IDENTITY_DOCUMENTS", null),
            new Mixed("detained", null, null, null, "NOT_HELD_ACCOUNTABLE"),
            new Mixed("fined court", "KAZ", 2024, "FINE", null));

    private final Search search;
    private final EntityManagerFactory emf;

    LuceneSearchBenchmark(Search search, EntityManagerFactory emf) {
        this.search = search;
        this.emf = emf;
    }

    @Override
    public BenchmarkReport run(int rounds) {
        // Hibernate Search's own reader of the incident index: the same whether the index is in memory
        // (the default, docs/adr/011-encryption-at-rest.md) or in files.
        SearchIndexedEntity<?> incidents = org.hibernate.search.mapper.orm.Search.mapping(emf).allIndexedEntities().stream()
                .filter(e -> e.indexManager().descriptor().hibernateSearchName().equals("incident")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no incident index"));
        try (Analyzer analyzer = analyzer(); IndexReader reader = org.hibernate.search.mapper.orm.Search.mapping(emf)
                .scope(incidents.javaClass()).extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Query> raw = MIX.stream().map(m -> luceneQuery(m, analyzer)).toList();
            List<SearchQuery> queries = MIX.stream().map(m -> new SearchQuery(m.q(), List.of("incident"), m.country(), m.year(),
                    m.actType(), null, null, m.accountability(), null, null, 0, 20)).toList();
            // Warm-up: JIT and caches for both paths, not measured.
            measure(rounds / 5 + 1, queries, raw, searcher, new ArrayList<>(), new ArrayList<>());
            List<Long> defensor = new ArrayList<>();
            List<Long> lucene = new ArrayList<>();
            measure(rounds, queries, raw, searcher, defensor, lucene);
            return new BenchmarkReport(reader.numDocs(), MIX.size(), rounds, Latency.of(defensor), Latency.of(lucene), List.of(
                    "Defensor: Hibernate Search query over incidents, top 20 with total count, highlighted snippets of title and "
                            + "text, counts for 6 filters, clearance filter",
                    "Lucene: the same words (SimpleQueryParser, same analyzer, title^3 and text), same filters, top 20 with total "
                            + "count; no snippets, no filter counts, no fuzzy clause"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void measure(int rounds, List<SearchQuery> queries, List<Query> raw, IndexSearcher searcher, List<Long> defensor,
                         List<Long> lucene) throws IOException {
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < queries.size(); i++) {
                SearchQuery query = queries.get(i);
                long t0 = System.nanoTime();
                Clearance.asSystem(() -> search.search(query));
                long t1 = System.nanoTime();
                searcher.search(raw.get(i), 20);
                searcher.count(raw.get(i));
                long t2 = System.nanoTime();
                defensor.add(t1 - t0);
                lucene.add(t2 - t1);
            }
        }
    }

    private static Query luceneQuery(Mixed m, Analyzer analyzer) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (m.q() != null) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 3f, "text", 1f));
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            query.add(parser.parse(m.q()), BooleanClause.Occur.MUST);
        } else {
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        query.add(new TermInSetQuery("confidentiality", Arrays.asList(new BytesRef("PUBLIC"), new BytesRef("RESTRICTED"),
                new BytesRef("CONFIDENTIAL"))), BooleanClause.Occur.FILTER);
        if (m.country() != null) {
            query.add(new TermQuery(new Term("country", m.country())), BooleanClause.Occur.FILTER);
        }
        if (m.year() != null) {
            query.add(IntPoint.newExactQuery("year", m.year()), BooleanClause.Occur.FILTER);
        }
        if (m.actType() != null) {
            query.add(new TermQuery(new Term("actType", m.actType())), BooleanClause.Occur.FILTER);
        }
        if (m.accountability() != null) {
            query.add(new TermQuery(new Term("accountability", m.accountability())), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** The analyzer of {@link TextAnalysis}, built with plain Lucene. */
    private static Analyzer analyzer() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("snowballPorter", "language", "English")
                .build();
    }
}

package org.defensor.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.defensor.search.BenchmarkReport;
import org.defensor.search.PeerDatabase;
import org.defensor.search.Search;
import org.defensor.search.SearchBenchmark;
import org.defensor.search.SearchQuery;
import org.defensor.search.SearchResult;
import org.defensor.shared.Clearance;
import org.defensor.shared.Latency;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.springframework.stereotype.Service;

/**
 * Runs a fixed mix of searches through {@link Search}, the same queries as plain Lucene top 20 with
 * the total, and as raw Lucene doing the same work as Defensor (same query, top 20, exact total,
 * counts per value of the six incident filters in the same pass, highlighted passages of the title
 * and the text from the term vectors), directly against the Lucene index of incidents, one after the
 * other for each query so that all three see the same warm caches. Lucene-only: on an OpenSearch
 * backend there is no Lucene reader to open, and the benchmark says so.
 */
@Service
class LuceneSearchBenchmark implements SearchBenchmark {

    /** A query of the mix: words and filters. */
    record Mixed(String q, String country, Integer year, String actType, String accountability) {}

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

    /** The two queries of the issue whose hit counts the fuzzy clause had inflated. */
    private static final List<String> EXACT_CHECKED = List.of("police complaint archived", "Almaty training");

    /** The filters of incidents Defensor counts, as their index fields. */
    static final List<String> KEYWORD_FACETS = List.of("country", "actType", "perpetratorType", "right", "accountability");
    static final String YEAR = "year";

    private static final int TOP = 20;

    private final Search search;
    private final EntityManagerFactory emf;
    private final DataSource dataSource;

    LuceneSearchBenchmark(Search search, EntityManagerFactory emf, DataSource dataSource) {
        this.search = search;
        this.emf = emf;
        this.dataSource = dataSource;
    }

    /** What raw Lucene computed for one query: what Defensor's result is compared with. */
    record Work(long total, List<String> titles, Map<String, Map<String, Long>> counts, int snippets) {}

    @Override
    public BenchmarkReport run(int rounds, Optional<PeerDatabase> peerDatabase) {
        // Hibernate Search's own reader of the incident index: the same whether the index is in memory
        // (the default, docs/adr/011-encryption-at-rest.md) or in files.
        SearchIndexedEntity<?> incidents = org.hibernate.search.mapper.orm.Search.mapping(emf).allIndexedEntities().stream()
                .filter(e -> e.indexManager().descriptor().hibernateSearchName().equals("incident")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no incident index"));
        try (Analyzer analyzer = analyzer(); IndexReader reader = org.hibernate.search.mapper.orm.Search.mapping(emf)
                .scope(incidents.javaClass()).extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            LuceneSearchPath.Highlighter highlighter = LuceneSearchPath.highlighter(searcher, analyzer);
            List<Query> raw = MIX.stream().map(m -> luceneQuery(m, analyzer)).toList();
            List<SearchQuery> queries = MIX.stream().map(m -> new SearchQuery(m.q(), List.of("incident"), m.country(), m.year(),
                    m.actType(), null, null, m.accountability(), null, null, 0, TOP)).toList();

            int same = 0;
            for (int i = 0; i < MIX.size(); i++) {
                SearchQuery query = queries.get(i);
                SearchResult result = Clearance.asSystem(() -> search.search(query));
                if (sameAs(result, sameWork(searcher, highlighter, raw.get(i)))) {
                    same++;
                }
            }
            List<BenchmarkReport.HitCount> counts = new ArrayList<>();
            for (String q : EXACT_CHECKED) {
                long defensor = Clearance.asSystem(() -> search.search(new SearchQuery(q, List.of("incident"), null, null, null,
                        null, null, null, null, null, 0, TOP))).total();
                counts.add(new BenchmarkReport.HitCount(q, defensor, searcher.count(exactAnd(q, analyzer))));
            }

            try (PostgresPeer peer = peerDatabase.isPresent() ? PostgresPeer.load(connect(peerDatabase.get()), reader) : null) {
                List<BenchmarkReport.PeerResult> peers = new ArrayList<>();
                Measured measured = new Measured();
                // Warm-up: JIT and caches for all paths, not measured.
                measure(rounds / 5 + 1, queries, raw, searcher, highlighter, peer, new Measured());
                measure(rounds, queries, raw, searcher, highlighter, peer, measured);
                if (peer != null) {
                    peers.add(compare(peer, queries, measured.peer));
                }
                return report(reader, rounds, measured, counts, same, peers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("the PostgreSQL peer failed: " + e.getMessage(), e);
        }
    }

    /** Durations in nanoseconds of each engine, query after query. */
    private record Measured(List<Long> defensor, List<Long> lucene, List<Long> sameWork, List<Long> peer) {
        Measured() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private Connection connect(PeerDatabase peer) throws SQLException {
        if (!peer.own()) {
            return DriverManager.getConnection(peer.url(), peer.user(), peer.password());
        }
        Connection own = dataSource.getConnection();
        if (!own.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            own.close();
            throw new IllegalArgumentException("Defensor's database is not PostgreSQL: give the peer's URL (--peer-url)");
        }
        return own;
    }

    /** The peer's latency, and how far its results agree with Defensor's. */
    private BenchmarkReport.PeerResult compare(PostgresPeer peer, List<SearchQuery> queries, List<Long> latencies) throws SQLException {
        int sameCounts = 0;
        int shared = 0;
        int compared = 0;
        for (int i = 0; i < MIX.size(); i++) {
            SearchQuery query = queries.get(i);
            SearchResult result = Clearance.asSystem(() -> search.search(query));
            Work work = peer.run(MIX.get(i));
            if (result.total() == work.total() && nonEmpty(counts(result)).equals(nonEmpty(work.counts()))) {
                sameCounts++;
            }
            List<String> titles = result.hits().stream().map(SearchResult.Hit::title).toList();
            compared += titles.size();
            List<String> theirs = new ArrayList<>(work.titles());
            for (String title : titles) {
                if (theirs.remove(title)) {
                    shared++;
                }
            }
        }
        return new BenchmarkReport.PeerResult("PostgreSQL full-text search", Latency.of(latencies), sameCounts, shared, compared,
                List.of("PostgreSQL: " + peer.documents() + " incidents copied from the index into a throwaway schema (dropped "
                        + "afterwards), tsvector of title (weight A) and text (D) with unaccent and the English Snowball stemmer, "
                        + "GIN index; one statement for the top 20 by ts_rank (title 3x) then id with ts_headline passages, a "
                        + "second for the exact total and the 6 filters' counts over all matches"));
    }

    /** The counts without the filters no match has a value for (the peer reports no row for them). */
    private static Map<String, Map<String, Long>> nonEmpty(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> present = new TreeMap<>();
        counts.forEach((name, values) -> {
            if (!values.isEmpty()) {
                present.put(name, new TreeMap<>(values));
            }
        });
        return present;
    }

    private static BenchmarkReport report(IndexReader reader, int rounds, Measured m, List<BenchmarkReport.HitCount> counts,
                                          int same, List<BenchmarkReport.PeerResult> peers) {
            return new BenchmarkReport(reader.numDocs(), MIX.size(), rounds, Latency.of(m.defensor()), Latency.of(m.lucene()),
                    Latency.of(m.sameWork()), counts, same, peers, List.of(
                    "Defensor: Hibernate Search query over incidents (every word required), top 20 with the exact total, "
                            + "highlighted passages of title and text, counts for 6 filters over all the results, clearance filter",
                    "Plain Lucene: the same words (SimpleQueryParser, same analyzer, title^3 and text, every word required), "
                            + "same filters, top 20 with the total; no passages, no counts",
                    "Lucene same work: the plain Lucene query with the exact total, counts of the 6 filters from doc values in "
                            + "the same pass, stored titles of the top 20 and their passages by the unified highlighter",
                    "Index segments: " + reader.leaves().size()));
    }

    /** One engine of the comparison running query {@code i} of the mix. */
    private interface Engine {
        void run(int i) throws IOException, SQLException;
    }

    /**
     * Each query on every engine, one after the other, the engine that goes first rotating from round to
     * round: the first to run a query warms the caches for the others, so no engine always pays for it.
     */
    private void measure(int rounds, List<SearchQuery> queries, List<Query> raw, IndexSearcher searcher,
                         LuceneSearchPath.Highlighter highlighter, PostgresPeer peer, Measured m) throws IOException, SQLException {
        List<Engine> engines = new ArrayList<>(List.of(
                i -> Clearance.asSystem(() -> search.search(queries.get(i))),
                i -> {
                    searcher.search(raw.get(i), TOP);
                    searcher.count(raw.get(i));
                },
                i -> sameWork(searcher, highlighter, raw.get(i))));
        List<List<Long>> times = new ArrayList<>(List.of(m.defensor(), m.lucene(), m.sameWork()));
        if (peer != null) {
            engines.add(i -> peer.run(MIX.get(i)));
            times.add(m.peer());
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < queries.size(); i++) {
                for (int k = 0; k < engines.size(); k++) {
                    int e = (k + round) % engines.size();
                    long start = System.nanoTime();
                    engines.get(e).run(i);
                    times.get(e).add(System.nanoTime() - start);
                }
            }
        }
    }

    /** Raw Lucene doing what Defensor does: top 20, exact total and filter counts in one pass, titles, passages. */
    private static Work sameWork(IndexSearcher searcher, LuceneSearchPath.Highlighter highlighter, Query query) throws IOException {
        // Sorted as Defensor sorts: by score, then by id (its doc values, which Hibernate Search writes as a sorted set of text).
        Sort byScoreThenId = new Sort(SortField.FIELD_SCORE, new org.apache.lucene.search.SortedSetSortField(org.defensor.records.IndexFields.ID, false));
        Object[] results = searcher.search(query, new MultiCollectorManager(
                new org.apache.lucene.search.TopFieldCollectorManager(byScoreThenId, TOP, Integer.MAX_VALUE),
                new FilterCounts(KEYWORD_FACETS, List.of(YEAR))));
        TopDocs top = (TopDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> counts = (Map<String, Map<String, Long>>) results[1];
        List<String> titles = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc, java.util.Set.of("title"));
            titles.add(doc.get("title"));
        }
        int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        Map<String, Object[]> passages = docs.length == 0 ? Map.of()
                : highlighter.passages(new String[] {"title", "text"}, query, docs, 2);
        int snippets = 0;
        for (Object[] field : passages.values()) {
            for (Object passage : field) {
                if (passage instanceof String[] marked) {
                    snippets += marked.length;
                }
            }
        }
        return new Work(top.totalHits.value, titles, counts, snippets);
    }

    /** Defensor's result against raw Lucene's: same total, same titles in the same order, same counts. */
    private static boolean sameAs(SearchResult result, Work work) {
        Map<String, Map<String, Long>> lucene = new TreeMap<>();
        work.counts().forEach((name, values) -> lucene.put(name, new TreeMap<>(values)));
        return result.total() == work.total() && result.hits().stream().map(SearchResult.Hit::title).toList().equals(work.titles())
                && counts(result).equals(lucene);
    }

    /** Defensor's counts of the six filters, sorted, to compare with another engine's. */
    private static Map<String, Map<String, Long>> counts(SearchResult result) {
        Map<String, Map<String, Long>> defensor = new TreeMap<>();
        result.facets().forEach((name, values) -> {
            if (KEYWORD_FACETS.contains(name) || YEAR.equals(name)) {
                Map<String, Long> counts = new TreeMap<>();
                values.forEach(v -> counts.put(v.value(), v.count()));
                defensor.put(name, counts);
            }
        });
        return defensor;
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
        addFilters(query, m);
        return query.build();
    }

    private static void addFilters(BooleanQuery.Builder query, Mixed m) {
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
    }

    /** Every analysed word of {@code q} in the title or the text: no parser, no fuzziness. */
    private static Query exactAnd(String q, Analyzer analyzer) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream("text", q)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                all.add(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("title", term.toString())), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD).build(),
                        BooleanClause.Occur.MUST);
            }
            tokens.end();
        }
        addFilters(all, new Mixed(q, null, null, null, null));
        return all.build();
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

package org.defensor.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.defensor.clearance.IndexClearance;
import org.defensor.records.IndexFields;
import org.defensor.search.SearchQuery;
import org.defensor.search.SearchResult;
import org.defensor.shared.Clearance;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.stereotype.Component;

/**
 * Defensor's search run directly on the Lucene indexes of the embedded backend, doing what the
 * backend-neutral query of {@link HibernateSearch} does — the same query, order, total and counts —
 * the way the physical limit does it: the counts of every filter in the collecting pass of the query
 * ({@link FilterCounts}) rather than one pass per aggregation, and the passages of all hits of a page
 * in one call of the unified highlighter (term vectors with offsets) rather than one per hit and field.
 * On OpenSearch there is no Lucene reader, and {@link HibernateSearch} queries through Hibernate
 * Search's DSL; a test runs both paths on one index and requires the same results.
 */
@Component
class LuceneSearchPath {

    private static final float TITLE_BOOST = 3f;
    private static final float NAME_BOOST = 0.5f;
    /** Passages of about this many characters, a sentence or less. */
    private static final int PASSAGE_LENGTH = 100;
    private static final int PASSAGES = 2;
    private static final String[] HIGHLIGHTED = {"title", "text"};

    private final EntityManagerFactory emf;
    private volatile Boolean applies;

    LuceneSearchPath(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** What one page of a search found: the total, the hits, and the counts per value of each counted filter. */
    record Found(long total, List<SearchResult.Hit> hits, Map<String, Map<String, Long>> counts) {}

    /** Whether the indexes are embedded Lucene ones (else they are OpenSearch's and this path cannot run). */
    boolean applies() {
        if (applies == null) {
            applies = mapping().backend() instanceof LuceneBackend;
        }
        return applies;
    }

    private SearchMapping mapping() {
        return Search.mapping(emf);
    }

    /**
     * One page of {@code query} over the indexes of {@code entities} (entity names, in order), with
     * counts of the {@code keywords} and {@code numbers} filter fields; {@code names} adds the fuzzy
     * match on the names of persons and organisations.
     */
    Found search(SearchQuery query, List<String> entities, List<String> keywords, List<String> numbers, boolean names,
                 Map<String, String> typeOfEntity) {
        LuceneBackend backend = mapping().backend().unwrap(LuceneBackend.class);
        Analyzer text = backend.analyzer("text").orElseThrow();
        Analyzer nameWords = backend.analyzer("nameWords").orElseThrow();
        IndexReader[] readers = new IndexReader[entities.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = mapping().scope(Object.class, List.of(entities.get(i))).extension(LuceneExtension.get()).openIndexReader();
        }
        try (MultiReader reader = new MultiReader(readers, true)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query lucene = query(query, text, nameWords, names);
            int wanted = (query.page() + 1) * query.size();
            Object[] results = searcher.search(lucene, new MultiCollectorManager(
                    new TopFieldCollectorManager(new Sort(SortField.FIELD_SCORE, new SortedSetSortField(IndexFields.ID, false)),
                            Math.max(1, wanted), Integer.MAX_VALUE),
                    new FilterCounts(keywords, numbers)));
            TopDocs top = (TopDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> counts = (Map<String, Map<String, Long>>) results[1];
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, query.page() * query.size()),
                    top.scoreDocs.length);
            return new Found(top.totalHits.value, hits(searcher, reader, readers, page, lucene, text, entities, typeOfEntity),
                    ordered(counts, numbers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SearchResult.Hit> hits(IndexSearcher searcher, MultiReader reader, IndexReader[] readers, ScoreDoc[] page,
                                               Query query, Analyzer text, List<String> entities, Map<String, String> typeOfEntity)
            throws IOException {
        int[] docs = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
        }
        Map<String, Object[]> passages = page.length == 0 ? Map.of()
                : highlighter(searcher, text).passages(HIGHLIGHTED, query, docs, PASSAGES);
        var stored = reader.storedFields();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            var document = stored.document(page[i].doc, Set.of("title"));
            List<String> snippets = new ArrayList<>();
            for (String field : HIGHLIGHTED) {
                if (passages.get(field) != null && passages.get(field)[i] instanceof String[] marked) {
                    snippets.addAll(List.of(marked));
                }
            }
            String type = typeOfEntity.get(entities.get(readerOf(readers, page[i].doc)));
            hits.add(new SearchResult.Hit(type, id(reader, page[i].doc), document.get("title"),
                    snippets.stream().map(HibernateSearch::safeHtml).toList(), (Float) ((FieldDoc) page[i]).fields[0]));
        }
        return hits;
    }

    /** The record's id, from the doc values of the field every kind of record sorts by last. */
    private static UUID id(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), IndexFields.ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("a document without " + IndexFields.ID);
        }
        return UUID.fromString(ids.lookupOrd(ids.nextOrd()).utf8ToString());
    }

    /** Which of the readers (one per index, in order) holds document {@code doc} of their multi-reader. */
    private static int readerOf(IndexReader[] readers, int doc) {
        int base = 0;
        for (int i = 0; i < readers.length; i++) {
            base += readers[i].maxDoc();
            if (doc < base) {
                return i;
            }
        }
        throw new IllegalStateException("document " + doc + " beyond the readers");
    }

    /** The highlighter of search passages: a sentence or about {@value #PASSAGE_LENGTH} characters, each passage its own string. */
    static Highlighter highlighter(IndexSearcher searcher, Analyzer analyzer) {
        return new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT),
                        PASSAGE_LENGTH, 0.5f))
                .withFormatter(new Passages()));
    }

    /** The unified highlighter answering each passage of each field of each document on its own. */
    static final class Highlighter extends UnifiedHighlighter {
        private Highlighter(Builder builder) {
            super(builder);
        }

        /** Per field, per document (in the order given), the passages as a {@code String[]}, or null where none. */
        Map<String, Object[]> passages(String[] fields, Query query, int[] docs, int perField) throws IOException {
            int[] counts = new int[fields.length];
            java.util.Arrays.fill(counts, perField);
            return highlightFieldsAsObjects(fields, query, docs, counts);
        }
    }

    /** Each passage as its own string, trimmed, with the matches between Defensor's marks (escaped later). */
    private static final class Passages extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            String[] formatted = new String[passages.length];
            for (int p = 0; p < passages.length; p++) {
                Passage passage = passages[p];
                StringBuilder out = new StringBuilder();
                int at = passage.getStartOffset();
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    int start = Math.max(at, passage.getMatchStarts()[m]);
                    int end = passage.getMatchEnds()[m];
                    if (end <= start) {
                        continue;
                    }
                    out.append(content, at, start).append(HibernateSearch.MARK_START).append(content, start, end)
                            .append(HibernateSearch.MARK_END);
                    at = end;
                }
                out.append(content, at, passage.getEndOffset());
                formatted[p] = out.toString().strip();
            }
            return formatted;
        }
    }

    /** The counts of each filter, most frequent value first, ties in the order of the values. */
    private static Map<String, Map<String, Long>> ordered(Map<String, Map<String, Long>> counts, List<String> numbers) {
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        counts.forEach((field, values) -> {
            Comparator<Map.Entry<String, Long>> byValue = numbers.contains(field)
                    ? Comparator.comparingLong(e -> Long.parseLong(e.getKey())) : Map.Entry.comparingByKey();
            Map<String, Long> sorted = new LinkedHashMap<>();
            values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(byValue))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            ordered.put(field, sorted);
        });
        return ordered;
    }

    /** The query of {@link HibernateSearch#where} as a Lucene query: every word, fuzzy names, filters, clearance. */
    static Query query(SearchQuery query, Analyzer text, Analyzer nameWords, boolean names) throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        if (SearchQuery.notBlank(query.q())) {
            SimpleQueryParser parser = new SimpleQueryParser(text, Map.of("title", TITLE_BOOST, "text", 1f));
            parser.setDefaultOperator(Occur.MUST);
            Query exact = parser.parse(query.q());
            List<String> words = names ? HibernateSearch.words(query.q()) : List.of();
            if (words.isEmpty()) {
                root.add(exact, Occur.MUST);
            } else {
                BooleanQuery.Builder fuzzyName = new BooleanQuery.Builder();
                for (String word : words) {
                    fuzzyName.add(nameMatch(word, nameWords), Occur.MUST);
                }
                root.add(new BooleanQuery.Builder().add(exact, Occur.SHOULD)
                        .add(new BoostQuery(fuzzyName.build(), NAME_BOOST), Occur.SHOULD).build(), Occur.MUST);
            }
        } else {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        root.add(new TermInSetQuery(IndexClearance.FIELD, Clearance.readable().stream().map(c -> new BytesRef(c.name())).toList()),
                Occur.FILTER);
        filter(root, "country", query.country());
        if (query.year() != null) {
            root.add(IntPoint.newExactQuery("year", query.year()), Occur.FILTER);
        }
        filter(root, "actType", query.actType());
        filter(root, "perpetratorType", query.perpetratorType());
        filter(root, "right", query.right());
        filter(root, "accountability", query.accountability());
        filter(root, "communicationType", query.communicationType());
        filter(root, "mandate", query.mandate());
        return root.build();
    }

    /** A word against the "name" field, analysed as names are: exact when short, else within one or two edits. */
    private static Query nameMatch(String word, Analyzer nameWords) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = nameWords.tokenStream("name", word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        for (String t : terms) {
            Term term = new Term("name", t);
            any.add(word.length() < HibernateSearch.FUZZY_FROM ? new TermQuery(term)
                    : new FuzzyQuery(term, word.length() < HibernateSearch.TWO_EDITS_FROM ? 1 : 2, 1), Occur.SHOULD);
        }
        BooleanQuery built = any.build();
        return built.clauses().size() == 1 ? built.clauses().get(0).getQuery() : built;
    }

    private static void filter(BooleanQuery.Builder root, String field, String value) {
        if (SearchQuery.notBlank(value)) {
            root.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }
}

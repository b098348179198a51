package org.defensor.search.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defensor.communications.CommunicationType;
import org.defensor.mandates.Mandates;
import org.defensor.records.Accountability;
import org.defensor.records.ActType;
import org.defensor.records.PerpetratorType;
import org.defensor.records.Right;
import org.defensor.search.SearchQuery;
import org.defensor.search.SearchResult;
import org.defensor.audit.AuditTrail;
import org.defensor.clearance.IndexClearance;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.Vocabulary;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class HibernateSearch implements org.defensor.search.Search {

    private final AuditTrail audit;

    /** A filter with counts: the index field, the kinds of record that have it, and how to label its values. */
    private record Facet(String name, String field, Class<?> type, Set<String> types, Function<String, String> label) {}

    private static final Set<String> INCIDENT = Set.of("incident");

    /** The kinds of record with a "name" field, matched with fuzziness. */
    private static final Set<String> NAMED = Set.of("person", "organisation");

    /** Names of this length or more are matched with one edit, and from the next threshold on with two. */
    static final int FUZZY_FROM = 5;
    static final int TWO_EDITS_FROM = 9;

    /** Values counted per filter: more than any filter has (about 250 countries), so the counts are all there. */
    private static final int MAX_VALUES = 500;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final Map<String, String> ENTITY_OF_TYPE = Map.of(
            "incident", "Incident", "person", "Person", "organisation", "Organisation", "source", "Source",
            "communication", "Communication", "reply", "Reply");
    private static final Map<String, String> TYPE_OF_ENTITY = ENTITY_OF_TYPE.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    // Control characters cannot occur in escaped text, so they mark matches safely until escaping is done.
    // Private-use characters, which no record text has: with U+0001/U+0002, OpenSearch returned snippets without the end tag.
    static final String MARK_START = "\uE000";
    static final String MARK_END = "\uE001";
    private static final Pattern MARKED = Pattern.compile(MARK_START + "([^" + MARK_END + "]+)" + MARK_END);

    private final EntityManager em;
    private final List<Facet> facets;
    private final LuceneSearchPath lucene;

    HibernateSearch(EntityManager em, Mandates mandates, AuditTrail audit, LuceneSearchPath lucene) {
        this.em = em;
        this.audit = audit;
        this.lucene = lucene;
        this.facets = List.of(
                new Facet("country", "country", String.class, SearchQuery.PLACED, v -> v),
                new Facet("year", "year", Integer.class, SearchQuery.PLACED, v -> v),
                new Facet("actType", "actType", String.class, INCIDENT, v -> label(ActType.class, v)),
                new Facet("perpetratorType", "perpetratorType", String.class, INCIDENT, v -> label(PerpetratorType.class, v)),
                new Facet("right", "right", String.class, INCIDENT, v -> label(Right.class, v)),
                new Facet("accountability", "accountability", String.class, INCIDENT, v -> label(Accountability.class, v)),
                new Facet("communicationType", "communicationType", String.class, SearchQuery.COMMUNICATION_TYPES,
                        v -> label(CommunicationType.class, v)),
                new Facet("mandate", "mandate", String.class, SearchQuery.COMMUNICATION_TYPES,
                        v -> mandateName(mandates, v)));
    }

    @Override
    public org.defensor.search.SearchResult search(SearchQuery query) {
        SearchSession session = Search.session(em);
        List<String> types = query.scope();
        if (types.isEmpty()) {
            // The filters given belong to no common kind of record (an act and a mandate, say): nothing can match.
            return org.defensor.search.SearchResult.empty(query);
        }
        // A filter is counted only where the scope holds records that have its field.
        List<Facet> counted = facets.stream().filter(f -> types.stream().anyMatch(f.types()::contains)).toList();
        boolean names = types.stream().anyMatch(NAMED::contains);

        long started = System.nanoTime();
        LuceneSearchPath.Found found = lucene.applies() && !throughDsl ? throughLucene(query, types, counted, names)
                : throughDsl(session, scope(session, types), query, counted, names);
        long took = (System.nanoTime() - started) / 1_000_000;

        Map<String, List<org.defensor.search.SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : counted) {
            facets.put(facet.name(), found.counts().getOrDefault(facet.field(), Map.of()).entrySet().stream()
                    .map(e -> new org.defensor.search.SearchResult.FacetCount(e.getKey(), facet.label().apply(e.getKey()), e.getValue()))
                    .toList());
        }
        long total = found.total();
        List<org.defensor.search.SearchResult.Hit> hits = found.hits();
        String suggestion = total == 0 && SearchQuery.notBlank(query.q()) ? suggest(session, scope(session, types), query, names) : null;
        // who searched, in which kinds, and how much came back; never the terms
        audit.recordRead("search", "search", String.join(",", types), "hits=" + total);
        return new org.defensor.search.SearchResult(total, hits, facets, took, query.page(), query.size(),
                org.defensor.search.SearchResult.pages(total, query.size()), suggestion);
    }

    private static SearchScope<Object> scope(SearchSession session, List<String> types) {
        return session.scope(Object.class, types.stream().map(ENTITY_OF_TYPE::get).toList());
    }

    /** For the test that requires both paths to agree: query through the DSL even on the embedded Lucene backend. */
    private boolean throughDsl;

    void throughDsl(boolean always) {
        this.throughDsl = always;
    }

    private LuceneSearchPath.Found throughLucene(SearchQuery query, List<String> types, List<Facet> counted, boolean names) {
        return lucene.search(query, types.stream().map(ENTITY_OF_TYPE::get).toList(),
                counted.stream().filter(f -> f.type() == String.class).map(Facet::field).toList(),
                counted.stream().filter(f -> f.type() != String.class).map(Facet::field).toList(), names, TYPE_OF_ENTITY);
    }

    /** The backend-neutral query (OpenSearch): hits, passages and each filter's counts as Hibernate Search aggregations. */
    private LuceneSearchPath.Found throughDsl(SearchSession session, SearchScope<Object> scope, SearchQuery query, List<Facet> counted,
                                             boolean names) {
        Map<Facet, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
        counted.forEach(f -> keys.put(f, AggregationKey.of(f.name())));
        var step = session.search(scope)
                .select(f -> f.composite()
                        .from(f.entityReference(), f.field("title", String.class), f.highlight("title"), f.highlight("text"),
                                f.score())
                        .asList())
                .where(f -> where(f, query, query.q(), names))
                // Equal scores in one order on every page and after every rebuild of the index.
                .sort(f -> f.score().then().field(org.defensor.records.IndexFields.ID));
        var withAggregations = step;
        for (var entry : keys.entrySet()) {
            Facet facet = entry.getKey();
            @SuppressWarnings({"unchecked", "rawtypes"})
            AggregationKey<Map<Object, Long>> key = entry.getValue();
            // Counted from the fields' doc values over every match, in the same query as the hits.
            withAggregations = withAggregations.aggregation((AggregationKey) key,
                    f -> f.terms().field(facet.field(), (Class) facet.type(), ValueModel.INDEX).maxTermCount(MAX_VALUES));
        }
        var result = withAggregations
                .highlighter(h -> h.unified().tag(MARK_START, MARK_END).numberOfFragments(2))
                .fetch(query.page() * query.size(), query.size());
        List<org.defensor.search.SearchResult.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            EntityReference ref = (EntityReference) row.get(0);
            List<String> snippets = new ArrayList<>();
            addAll(snippets, row.get(2));
            addAll(snippets, row.get(3));
            hits.add(new org.defensor.search.SearchResult.Hit(ref.name().toLowerCase(), (UUID) ref.id(), (String) row.get(1),
                    snippets, (Float) row.get(4)));
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        keys.forEach((facet, key) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            result.aggregation(key).forEach((value, n) -> values.put(String.valueOf(value), n));
            counts.put(facet.field(), values);
        });
        return new LuceneSearchPath.Found(result.total().hitCount(), hits, counts);
    }

    /**
     * "Did you mean": each word of the query that matches nothing in the scope and filters is replaced
     * by the word nearest to it (up to two edits) in the records the caller may read, taken from the
     * highlighted passages of those records; the whole is offered only if it finds something. Nothing
     * from a record the caller may not read can come back: every query here has the clearance filter.
     */
    private String suggest(SearchSession session, SearchScope<Object> scope, SearchQuery query, boolean names) {
        List<String> words = words(query.q());
        if (words.isEmpty() || words.size() > 6) {
            return null;
        }
        List<String> suggested = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            if (count(session, scope, query, word, names) > 0) {
                suggested.add(word);
                continue;
            }
            String nearest = nearest(session, scope, query, word);
            if (nearest == null) {
                return null;
            }
            suggested.add(nearest);
            changed = true;
        }
        String suggestion = String.join(" ", suggested);
        return changed && count(session, scope, query, suggestion, names) > 0 ? suggestion : null;
    }

    private long count(SearchSession session, SearchScope<Object> scope, SearchQuery query, String q, boolean names) {
        return session.search(scope).where(f -> where(f, query, q, names)).fetchTotalHitCount();
    }

    /** The word of the readable records nearest to {@code word}: the one marked most often in their passages. */
    private String nearest(SearchSession session, SearchScope<Object> scope, SearchQuery query, String word) {
        List<List<?>> rows = session.search(scope)
                .select(f -> f.composite().from(f.highlight("title"), f.highlight("text")).asList())
                .where(f -> {
                    BooleanPredicateClausesStep<?> root = f.bool();
                    root.must(f.match().field("title").field("text").matching(word).fuzzy(2, 1));
                    filters(f, root, query);
                    return root;
                })
                .highlighter(h -> h.unified().tag(MARK_START, MARK_END).numberOfFragments(3))
                .fetchHits(10);
        Map<String, Integer> marked = new LinkedHashMap<>();
        for (List<?> row : rows) {
            for (Object field : row) {
                if (field instanceof List<?> snippets) {
                    for (Object snippet : snippets) {
                        Matcher m = MARKED.matcher(balanced(String.valueOf(snippet)));
                        while (m.find()) {
                            marked.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return marked.entrySet().stream().filter(e -> !e.getKey().equals(word))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The words of a query made only of words (no quotes, operators or prefixes), lower-cased; else none. */
    static List<String> words(String q) {
        String[] parts = q.strip().split("\\s+");
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            if (!WORD.matcher(part).matches()) {
                return List.of();
            }
            words.add(part.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static BooleanPredicateClausesStep<?> where(SearchPredicateFactory f, SearchQuery query, String q, boolean names) {
        BooleanPredicateClausesStep<?> root = f.bool();
        if (SearchQuery.notBlank(q)) {
            // Every word must match (in the title or the text, stemmed): the query means what it says.
            var exact = f.simpleQueryString().field("title").boost(3f).field("text").matching(q)
                    .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND);
            List<String> words = names ? words(q) : List.of();
            if (words.isEmpty()) {
                root.must(exact);
            } else {
                // Persons and organisations are also found by their names spelt another way ("Sekerbaeva"
                // finds "Sekerbayeva"): every word near a word of the name. Only the "name" field, which
                // only they have, is matched with fuzziness; the first letter must match, which keeps it fast.
                BooleanPredicateClausesStep<?> fuzzyName = f.bool();
                for (String word : words) {
                    fuzzyName.must(word.length() < FUZZY_FROM
                            ? f.match().field("name").matching(word)
                            : f.match().field("name").matching(word).fuzzy(word.length() < TWO_EDITS_FROM ? 1 : 2, 1));
                }
                root.must(f.or(exact, fuzzyName.boost(0.5f)));
            }
        } else {
            root.must(f.matchAll());
        }
        filters(f, root, query);
        return root;
    }

    /** The clearance filter and the filters of the query. */
    private static void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?> root, SearchQuery query) {
        root.filter(IndexClearance.readable(f));
        filter(f, root, "country", query.country());
        if (query.year() != null) {
            root.filter(f.match().field("year").matching(query.year()));
        }
        filter(f, root, "actType", query.actType());
        filter(f, root, "perpetratorType", query.perpetratorType());
        filter(f, root, "right", query.right());
        filter(f, root, "accountability", query.accountability());
        filter(f, root, "communicationType", query.communicationType());
        filter(f, root, "mandate", query.mandate());
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?> root, String field, String value) {
        if (SearchQuery.notBlank(value)) {
            root.filter(f.match().field(field).matching(value.strip(), ValueModel.INDEX));
        }
    }

    private static void addAll(List<String> snippets, Object highlights) {
        if (highlights instanceof List<?> list) {
            list.forEach(s -> snippets.add(safeHtml(String.valueOf(s))));
        }
    }

    /** The snippet as HTML: the record's text escaped, the matches in &lt;mark&gt;. */
    static String safeHtml(String snippet) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(balanced(snippet).replace(MARK_START + MARK_END, ""))
                .replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    /**
     * The passage with its marks in pairs again: Hibernate Search trims each passage, which takes off a
     * mark that opens it (a title that starts with a match) or closes it, as the marks are control characters.
     */
    static String balanced(String snippet) {
        int start = snippet.indexOf(MARK_START);
        int end = snippet.indexOf(MARK_END);
        if (end >= 0 && (start < 0 || end < start)) {
            snippet = MARK_START + snippet;
        }
        start = snippet.lastIndexOf(MARK_START);
        end = snippet.lastIndexOf(MARK_END);
        if (start >= 0 && end < start) {
            snippet = snippet + MARK_END;
        }
        return snippet;
    }

    private static String mandateName(Mandates mandates, String id) {
        try {
            return mandates.get(UUID.fromString(id)).shortName();
        } catch (RecordNotFoundException | IllegalArgumentException e) {
            return id; // a mandate deleted since the record was indexed
        }
    }

    /** The labels of each vocabulary by value, made once: a search labels every counted value. */
    private static final ClassValue<Map<String, String>> LABELS = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> (Vocabulary) c)
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(Vocabulary::name, Vocabulary::label));
        }
    };

    private static <E extends Enum<E> & Vocabulary> String label(Class<E> type, String value) {
        return LABELS.get(type).getOrDefault(value, value);
    }
}

package org.defensor.search.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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

    private static final Map<String, String> ENTITY_OF_TYPE = Map.of(
            "incident", "Incident", "person", "Person", "organisation", "Organisation", "source", "Source",
            "communication", "Communication", "reply", "Reply");

    // Control characters cannot occur in escaped text, so they mark matches safely until escaping is done.
    // Private-use characters, which no record text has: with U+0001/U+0002, OpenSearch returned snippets without the end tag.
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";

    private final EntityManager em;
    private final List<Facet> facets;

    HibernateSearch(EntityManager em, Mandates mandates, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
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
            return new org.defensor.search.SearchResult(0, List.of(), Map.of(), 0);
        }
        var scope = session.scope(Object.class, types.stream().map(ENTITY_OF_TYPE::get).toList());
        Map<Facet, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
        // A filter is counted only where the scope holds records that have its field.
        facets.stream().filter(f -> types.stream().anyMatch(f.types()::contains))
                .forEach(f -> keys.put(f, AggregationKey.of(f.name())));

        var step = session.search(scope)
                .select(f -> f.composite()
                        .from(f.entityReference(), f.field("title", String.class), f.highlight("title"), f.highlight("text"),
                                f.score())
                        .asList())
                .where(f -> where(f, query));
        var withAggregations = step;
        for (var entry : keys.entrySet()) {
            Facet facet = entry.getKey();
            @SuppressWarnings({"unchecked", "rawtypes"})
            AggregationKey<Map<Object, Long>> key = entry.getValue();
            withAggregations = withAggregations.aggregation((AggregationKey) key,
                    f -> f.terms().field(facet.field(), (Class) facet.type(), ValueModel.INDEX).maxTermCount(100));
        }
        long started = System.nanoTime();
        var result = withAggregations
                .highlighter(h -> h.unified().tag(MARK_START, MARK_END).numberOfFragments(2))
                .fetch(query.page() * query.size(), query.size());
        long took = (System.nanoTime() - started) / 1_000_000;

        List<org.defensor.search.SearchResult.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            EntityReference ref = (EntityReference) row.get(0);
            List<String> snippets = new ArrayList<>();
            addAll(snippets, row.get(2));
            addAll(snippets, row.get(3));
            hits.add(new org.defensor.search.SearchResult.Hit(ref.name().toLowerCase(), (UUID) ref.id(), (String) row.get(1),
                    snippets, (Float) row.get(4)));
        }
        Map<String, List<org.defensor.search.SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (var entry : keys.entrySet()) {
            Facet facet = entry.getKey();
            Map<Object, Long> counts = result.aggregation(entry.getValue());
            facets.put(facet.name(), counts.entrySet().stream()
                    .map(e -> new org.defensor.search.SearchResult.FacetCount(String.valueOf(e.getKey()),
                            facet.label().apply(String.valueOf(e.getKey())), e.getValue()))
                    .toList());
        }
        // who searched, in which kinds, and how much came back; never the terms
        audit.recordRead("search", "search", String.join(",", types), "hits=" + result.total().hitCount());
        return new org.defensor.search.SearchResult(result.total().hitCount(), hits, facets, took);
    }

    private static BooleanPredicateClausesStep<?> where(SearchPredicateFactory f, SearchQuery query) {
        BooleanPredicateClausesStep<?> root = f.bool();
        root.must(IndexClearance.readable(f));
        if (SearchQuery.notBlank(query.q())) {
            root.must(f.or(
                    f.simpleQueryString().field("title").boost(3f).field("text").matching(query.q())
                            .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND),
                    // Spelling variants and transliterations: "Sekerbaeva" finds "Sekerbayeva". The first two
                    // letters must match: a fuzzy match over every term of the index would be slow.
                    f.match().field("title").boost(0.6f).field("text").boost(0.2f).matching(query.q()).fuzzy(1, 2)));
        } else {
            root.must(f.matchAll());
        }
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
        return root;
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
        return org.springframework.web.util.HtmlUtils.htmlEscape(snippet.replace(MARK_START + MARK_END, ""))
                .replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    private static String mandateName(Mandates mandates, String id) {
        try {
            return mandates.get(UUID.fromString(id)).shortName();
        } catch (RecordNotFoundException | IllegalArgumentException e) {
            return id; // a mandate deleted since the record was indexed
        }
    }

    private static <E extends Enum<E> & Vocabulary> String label(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .map(Vocabulary::label).orElse(value);
    }
}

package org.defensor.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.defensor.search.IndexCheck;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares each indexed type's documents (id and version) with its rows, and repairs the documents
 * that differ. Generic over the indexed entities: it needs only their JPA id and version.
 */
final class IndexReconciliation {

    /** The name of the projectable version field each indexed entity declares. */
    static final String VERSION = "version";

    /** Above this many documents to reindex in one type, the whole type is mass-indexed instead. */
    private static final int ONE_BY_ONE = 2000;
    private static final int BATCH = 200;

    private final EntityManager em;
    private final EntityManagerFactory emf;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reading;

    IndexReconciliation(EntityManager em, EntityManagerFactory emf, TransactionTemplate transactions) {
        this.em = em;
        this.emf = emf;
        this.transactions = transactions;
        this.reading = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.reading.setReadOnly(true);
    }

    /** What differs in one type: ids of the documents to write again, and of those to remove. */
    private record Differences(SearchIndexedEntity<?> type, IndexCheck.Type counts, List<Object> toIndex, List<Object> toRemove) {}

    IndexCheck check() {
        long started = System.nanoTime();
        List<IndexCheck.Type> types = compareAll().stream().map(Differences::counts).toList();
        return new IndexCheck(types, (System.nanoTime() - started) / 1_000_000);
    }

    IndexCheck reconcile() {
        long started = System.nanoTime();
        List<Differences> all = compareAll();
        all.stream().filter(d -> d.counts().differences() > 0).forEach(this::repair);
        return new IndexCheck(all.stream().map(Differences::counts).toList(), (System.nanoTime() - started) / 1_000_000);
    }

    private List<Differences> compareAll() {
        List<Differences> all = new ArrayList<>();
        for (SearchIndexedEntity<?> type : Search.mapping(emf).allIndexedEntities()) {
            all.add(reading.execute(tx -> compare(type)));
        }
        all.sort((a, b) -> a.counts().name().compareTo(b.counts().name()));
        return all;
    }

    private Differences compare(SearchIndexedEntity<?> type) {
        EntityType<?> entity = em.getMetamodel().entity(type.javaClass());
        String id = entity.getId(entity.getIdType().getJavaType()).getName();
        Optional<String> version = entity.getSingularAttributes().stream().filter(SingularAttribute::isVersion)
                .map(SingularAttribute::getName).findFirst();
        boolean versionIndexed = version.isPresent() && type.indexManager().descriptor().field(VERSION).isPresent();

        Map<Object, Long> rows = new HashMap<>();
        String select = "select e." + id + ", " + (versionIndexed ? "e." + version.get() : "0L") + " from " + type.jpaName() + " e";
        em.createQuery(select, Object[].class).getResultStream()
                .forEach(row -> rows.put(row[0], ((Number) row[1]).longValue()));

        List<Object> toIndex = new ArrayList<>();
        List<Object> toRemove = new ArrayList<>();
        long inIndex = 0;
        long outdated = 0;
        SearchSession session = Search.session(em);
        try (SearchScroll<List<?>> scroll = session.search(type.javaClass())
                .select(f -> f.composite().from(f.id(), versionIndexed ? f.field(VERSION, Long.class) : f.constant(0L)).asList())
                .where(f -> f.matchAll()).scroll(1000)) {
            for (SearchScrollResult<List<?>> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                for (List<?> hit : chunk.hits()) {
                    inIndex++;
                    Long stored = rows.remove(hit.get(0));
                    if (stored == null) {
                        toRemove.add(hit.get(0));
                    } else if (!stored.equals(hit.get(1))) {
                        outdated++;
                        toIndex.add(hit.get(0));
                    }
                }
            }
        }
        long missing = rows.size();
        toIndex.addAll(rows.keySet());
        IndexCheck.Type counts = new IndexCheck.Type(type.indexManager().descriptor().hibernateSearchName(), inIndex - toRemove.size() + missing, inIndex, missing, outdated,
                toRemove.size());
        return new Differences(type, counts, toIndex, toRemove);
    }

    private void repair(Differences d) {
        Class<?> type = d.type().javaClass();
        if (d.toIndex().size() > ONE_BY_ONE) {
            try {
                Search.mapping(emf).scope(type).massIndexer().threadsToLoadObjects(2).mergeSegmentsOnFinish(true).startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("index repair interrupted", e);
            }
            return;
        }
        transactions.executeWithoutResult(tx -> {
            SearchIndexingPlan plan = Search.session(em).indexingPlan();
            d.toRemove().forEach(id -> plan.purge(type, id, null));
        });
        for (int from = 0; from < d.toIndex().size(); from += BATCH) {
            List<Object> batch = d.toIndex().subList(from, Math.min(d.toIndex().size(), from + BATCH));
            transactions.executeWithoutResult(tx -> {
                SearchIndexingPlan plan = Search.session(em).indexingPlan();
                // Writing a record's document again also rewrites the documents that embed it.
                em.createQuery("select e from " + d.type().jpaName() + " e where e." + idName(type) + " in :ids", type)
                        .setParameter("ids", batch).getResultList().forEach(plan::addOrUpdate);
            });
            em.clear();
        }
    }

    private String idName(Class<?> type) {
        EntityType<?> entity = em.getMetamodel().entity(type);
        return entity.getId(entity.getIdType().getJavaType()).getName();
    }
}

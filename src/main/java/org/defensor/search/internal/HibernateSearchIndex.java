package org.defensor.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.defensor.search.IndexCheck;
import org.defensor.search.SearchIndex;
import org.defensor.shared.Clearance;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class HibernateSearchIndex implements SearchIndex {

    private final EntityManager em;
    private final EntityManagerFactory emf;
    private final TransactionTemplate transactions;
    private final IndexReconciliation reconciliation;
    private volatile IndexCheck lastReconciliation;

    HibernateSearchIndex(EntityManager em, EntityManagerFactory emf, TransactionTemplate transactions) {
        this.em = em;
        this.emf = emf;
        this.transactions = transactions;
        this.reconciliation = new IndexReconciliation(em, emf, transactions);
    }

    @Override
    public IndexCheck check() {
        // The index holds every record whatever its level: it is compared with every row, as the system.
        return Clearance.asSystem(reconciliation::check);
    }

    @Override
    public IndexCheck reconcile() {
        lastReconciliation = Clearance.asSystem(reconciliation::reconcile);
        return lastReconciliation;
    }

    @Override
    public IndexCheck lastReconciliation() {
        return lastReconciliation;
    }

    @Override
    public void rebuild() {
        try {
            // The mapping's mass indexer opens its own sessions: it needs no transaction of the caller. The
            // segments it leaves are merged into one at the end: counts per filter value and highlighting
            // then read one segment's doc values and term vectors (no ordinal map across segments to build
            // per query). Both backends do it (a force-merge on OpenSearch).
            Search.mapping(emf).scope(Object.class).massIndexer().threadsToLoadObjects(2).mergeSegmentsOnFinish(true)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index rebuild interrupted", e);
        }
    }

    @Override
    public boolean inTransactionWithoutIndexing(Supplier<Boolean> work) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            Search.session(em).indexingPlanFilter(filter -> filter.exclude(Object.class));
            boolean ok = work.get();
            if (!ok) {
                tx.setRollbackOnly();
            }
            return ok;
        }));
    }
}

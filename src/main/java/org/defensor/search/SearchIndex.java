package org.defensor.search;

import java.util.function.Supplier;

/** Upkeep of the search index. */
public interface SearchIndex {

    /** Rebuilds the whole index from the database. */
    void rebuild();

    /**
     * Runs {@code work} in one transaction whose writes are not indexed as they happen (for bulk
     * loads, which then call {@link #rebuild()}). The transaction rolls back if {@code work}
     * returns false.
     */
    boolean inTransactionWithoutIndexing(Supplier<Boolean> work);

    /** Compares the index with the database (ids and versions of every indexed type), changing nothing. */
    IndexCheck check();

    /**
     * Compares the index with the database and reindexes the documents that differ: missing or outdated
     * ones from the database, left-over ones removed. Runs at every start, so that a crash between a
     * database commit and the index write (or during an index rebuild) never leaves them apart.
     *
     * @return what was found before the repair
     */
    IndexCheck reconcile();

    /** What the last {@link #reconcile()} (normally the one at start) found, or null before any. */
    IndexCheck lastReconciliation();
}

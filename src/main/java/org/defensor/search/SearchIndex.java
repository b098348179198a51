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
}

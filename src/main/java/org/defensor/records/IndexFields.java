package org.defensor.records;

/** Index fields that every indexed kind of record has, so one query over several kinds can use them. */
public final class IndexFields {
    private IndexFields() {}

    /**
     * The record's id, sortable: the last sort key of lists and searches, so that records sorting alike
     * (same name, same score) come in one order on every page and after every rebuild of the index.
     */
    public static final String ID = "listId";
}

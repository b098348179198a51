package org.defensor.records;

/** Filters of a record list; any may be null. {@code q} matches names and titles, case-insensitively. */
public record RecordFilter(String q, String country, Integer year, String kind) {
    public static final RecordFilter NONE = new RecordFilter(null, null, null, null);
}

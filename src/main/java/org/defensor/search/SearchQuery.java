package org.defensor.search;

import java.util.List;

/**
 * A search: words (any Lucene simple query: quotes for phrases, - to exclude, * for prefixes), the
 * kinds of record to look in, and filters on incidents. Any filter on incidents limits the
 * search to incidents.
 */
public record SearchQuery(String q, List<String> types, String country, Integer year, String actType,
                          String perpetratorType, String right, String accountability, int page, int size) {

    public static final List<String> TYPES = List.of("incident", "person", "organisation", "source");

    public SearchQuery {
        types = types == null || types.isEmpty() ? TYPES : types.stream().filter(TYPES::contains).toList();
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    public static SearchQuery of(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, 0, 20);
    }

    public boolean filtersIncidents() {
        return notBlank(country) || year != null || notBlank(actType) || notBlank(perpetratorType) || notBlank(right)
                || notBlank(accountability);
    }

    public static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

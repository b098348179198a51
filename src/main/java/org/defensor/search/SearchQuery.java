package org.defensor.search;

import java.util.List;
import java.util.Set;

/**
 * A search: words (any Lucene simple query: quotes for phrases, - to exclude, * for prefixes), the
 * kinds of record to look in, and filters. A filter limits the search to the kinds of record that
 * have its field: country and year to incidents, communications and replies; act, perpetrator,
 * right and accountability to incidents; communication type and mandate to communications and replies.
 */
public record SearchQuery(String q, List<String> types, String country, Integer year, String actType,
                          String perpetratorType, String right, String accountability, String communicationType,
                          String mandate, int page, int size) {

    public static final List<String> TYPES = List.of("incident", "person", "organisation", "source", "communication",
            "reply");

    /** The kinds of record that have a country and a year. */
    public static final Set<String> PLACED = Set.of("incident", "communication", "reply");

    /** The kinds of record that belong to communications. */
    public static final Set<String> COMMUNICATION_TYPES = Set.of("communication", "reply");

    public SearchQuery {
        types = types == null || types.isEmpty() ? TYPES : types.stream().filter(TYPES::contains).toList();
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    public static SearchQuery of(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, null, null, 0, 20);
    }

    /** The kinds of record searched: those asked for that have the field of every filter given. */
    public List<String> scope() {
        return types.stream()
                .filter(t -> !(notBlank(country) || year != null) || PLACED.contains(t))
                .filter(t -> !filtersIncidents() || t.equals("incident"))
                .filter(t -> !filtersCommunications() || COMMUNICATION_TYPES.contains(t))
                .toList();
    }

    private boolean filtersIncidents() {
        return notBlank(actType) || notBlank(perpetratorType) || notBlank(right) || notBlank(accountability);
    }

    private boolean filtersCommunications() {
        return notBlank(communicationType) || notBlank(mandate);
    }

    public static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

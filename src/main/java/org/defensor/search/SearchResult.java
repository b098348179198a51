package org.defensor.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a search found: the hits of the page asked for, the total, counts per filter value over all
 * the results (not only the page), the page and how many there are, and, when nothing matched, a
 * query that would match ("did you mean"), built from words of records the caller may read; else null.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMillis, int page,
                           int size, long pages, String suggestion) {

    /** One record found, with the passages that matched as safe HTML: text escaped, matches in &lt;mark&gt;. */
    public record Hit(String type, UUID id, String title, List<String> snippets, float score) {}

    /** How many of the results have this value of a filter. */
    public record FacetCount(String value, String label, long count) {}

    public static SearchResult empty(SearchQuery query) {
        return new SearchResult(0, List.of(), Map.of(), 0, query.page(), query.size(), 0, null);
    }

    /** How many pages of {@code size} hold {@code total} results. */
    public static long pages(long total, int size) {
        return (total + size - 1) / size;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}

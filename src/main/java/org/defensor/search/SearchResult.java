package org.defensor.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a search found: the hits of the page, the total, and counts per filter value. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMillis) {

    /** One record found, with the passages that matched as safe HTML: text escaped, matches in &lt;mark&gt;. */
    public record Hit(String type, UUID id, String title, List<String> snippets, float score) {}

    /** How many of the results have this value of a filter. */
    public record FacetCount(String value, String label, long count) {}
}

package org.defensor.search;

/** Full-text search with filters over the records the caller may read. */
public interface Search {
    SearchResult search(SearchQuery query);
}

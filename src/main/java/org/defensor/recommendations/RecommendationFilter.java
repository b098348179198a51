package org.defensor.recommendations;

/**
 * Filters of the recommendation list; any may be null. {@code status} is the latest assessment's the
 * caller may read; {@code q} matches the identifier, the document and the text, ignoring case.
 */
public record RecommendationFilter(StateCode state, Mechanism mechanism, Position position, ImplementationStatus status,
                                   String document, String q) {
    public static final RecommendationFilter ANY = new RecommendationFilter(null, null, null, null, null, null);
}

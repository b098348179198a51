package org.defensor.recommendations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.defensor.records.Theme;
import org.defensor.shared.Vocabulary;

/**
 * How many recommendations there are by latest status, mechanism, position and theme: the dashboard
 * of a State's recommendations. Built from the recommendations the caller may read, so a count never
 * includes one the caller could not open.
 */
public record ImplementationCounts(int total, Tally byStatus, Tally byMechanism, Tally byPosition, Tally byTheme) {

    /** A value and how many recommendations have it; {@code key} is null for "none" (not assessed, no position). */
    public record Count(String key, String label, int count) {}

    /** One chart: its counts in the vocabulary's order (themes: most frequent first), the "none" bucket last; values no recommendation has are left out. */
    public record Tally(String title, String filter, List<Count> counts) {
        public Tally {
            counts = List.copyOf(counts);
        }

        public int max() {
            return counts.stream().mapToInt(Count::count).max().orElse(0);
        }

        /** The bar's length out of {@code full}: at least 1 for a value that occurs, so it stays visible. */
        public int length(Count count, int full) {
            int max = max();
            return max == 0 || count.count() == 0 ? 0 : Math.max(1, Math.round((float) count.count() * full / max));
        }
    }

    public static ImplementationCounts of(Collection<RecommendationData> recommendations) {
        return new ImplementationCounts(recommendations.size(),
                tally("By latest assessment", "status", recommendations, ImplementationStatus.class, r -> one(r.latestStatus()), "Not assessed", false),
                tally("By mechanism", "mechanism", recommendations, Mechanism.class, r -> one(r.mechanism()), null, false),
                tally("By position", "position", recommendations, Position.class, r -> one(r.position()), "No position recorded", false),
                tally("By theme", null, recommendations, Theme.class, RecommendationData::themes, "No theme", true));
    }

    private static <E extends Enum<E> & Vocabulary> Tally tally(String title, String filter, Collection<RecommendationData> all, Class<E> type,
                                                               Function<RecommendationData, Collection<E>> values, String none,
                                                               boolean mostFrequentFirst) {
        Map<E, Integer> counts = new EnumMap<>(type);
        int without = 0;
        for (RecommendationData r : all) {
            Collection<E> of = values.apply(r);
            if (of.isEmpty()) {
                without++;
            }
            of.forEach(v -> counts.merge(v, 1, Integer::sum));
        }
        List<Count> shown = new ArrayList<>();
        counts.forEach((v, n) -> shown.add(new Count(v.name(), v.label(), n)));
        if (mostFrequentFirst) {
            shown.sort(Comparator.comparingInt(Count::count).reversed());
        }
        if (none != null && without > 0) {
            shown.add(new Count(null, none, without));
        }
        return new Tally(title, filter, shown);
    }

    private static <E> List<E> one(E value) {
        return value == null ? List.of() : List.of(value);
    }
}

package org.defensor.search;

import java.util.List;
import org.defensor.shared.Latency;

/**
 * Search latencies over a fixed query mix, through Defensor's search and, on the same index in the
 * same run, as plain Lucene queries (top 20 and the total only) and as raw Lucene doing the same work
 * as Defensor (same query, top 20, exact total, counts per filter value, highlighted passages): the
 * ratio to the latter is what Defensor's layer costs over the physical limit of the feature set.
 */
public record BenchmarkReport(long documents, int queries, int rounds, Latency defensor, Latency lucene, Latency sameWork,
                              List<HitCount> hitCounts, int sameResults, List<String> notes) {

    /**
     * The hits of one query of the mix: through Defensor, and as an exact query built term by term
     * (every analysed word in the title or the text, with the same filters).
     */
    public record HitCount(String query, long defensor, long exactAnd) {
        public boolean same() {
            return defensor == exactAnd;
        }
    }

    public double ratioP50() {
        return defensor.p50() / lucene.p50();
    }

    public double ratioP95() {
        return defensor.p95() / lucene.p95();
    }

    public double sameWorkRatioP50() {
        return defensor.p50() / sameWork.p50();
    }

    public double sameWorkRatioP95() {
        return defensor.p95() / sameWork.p95();
    }
}

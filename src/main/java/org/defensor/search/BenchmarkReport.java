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
                              List<HitCount> hitCounts, int sameResults, List<PeerResult> peers, List<String> notes) {

    /**
     * The same query mix on another engine in the same run (PostgreSQL full-text search): its latency
     * doing the same work, how many queries gave the same total and filter counts as Defensor, and how
     * many of the top titles both engines share (their scoring differs, so the order may too).
     */
    public record PeerResult(String name, Latency latency, int sameCounts, int sharedTopTitles, int comparedTopTitles,
                             List<String> notes) {}

    /** How many times faster Defensor is than the peer at the median (above 1: Defensor is faster). */
    public double fasterThanP50(PeerResult peer) {
        return peer.latency().p50() / defensor.p50();
    }

    public double fasterThanP95(PeerResult peer) {
        return peer.latency().p95() / defensor.p95();
    }

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

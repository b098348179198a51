package org.defensor.search;

import java.util.List;
import org.defensor.shared.Latency;

/**
 * Search latencies over a fixed query mix, through Defensor's search and, on the same index in the
 * same run, as plain Lucene queries: the ratio is what Defensor's layer costs.
 */
public record BenchmarkReport(long documents, int queries, int rounds, Latency defensor, Latency lucene, List<String> notes) {

    public double ratioP50() {
        return defensor.p50() / lucene.p50();
    }

    public double ratioP95() {
        return defensor.p95() / lucene.p95();
    }
}

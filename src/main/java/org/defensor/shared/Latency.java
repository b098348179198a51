package org.defensor.shared;

import java.util.Arrays;
import java.util.List;

/** Percentiles and mean of measured durations, in milliseconds: what the benchmarks report. */
public record Latency(double p50, double p95, double p99, double mean) {

    /** From durations in nanoseconds; the nearest-rank percentile, so every figure is a measured time. */
    public static Latency of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Latency(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                Arrays.stream(sorted).average().orElseThrow() / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}

package org.defensor.search;

/** Measures search latency; see {@link BenchmarkReport}. */
public interface SearchBenchmark {
    BenchmarkReport run(int rounds);
}

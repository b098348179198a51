package org.defensor.search;

/** Measures search latency; see {@link BenchmarkReport}. */
public interface SearchBenchmark {
    /** Runs the mix {@code rounds} times, and on PostgreSQL full-text search too when a peer database is given. */
    BenchmarkReport run(int rounds, java.util.Optional<PeerDatabase> peer);
}

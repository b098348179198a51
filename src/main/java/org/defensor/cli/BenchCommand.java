package org.defensor.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.search.BenchmarkReport;
import org.defensor.search.SearchBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Benchmarks. 'bench search' prints search latency against plain Lucene on the same index.")
class BenchCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "WHAT", description = "What to measure: search")
    String what;

    @Option(names = "--rounds", defaultValue = "50", description = "Rounds of the query mix. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!"search".equals(what)) {
            spec.commandLine().getErr().println("defensor: unknown benchmark '" + what + "' (known: search)");
            return 2;
        }
        try (Launcher.Running app = Launcher.start(data.dataDir, false, Map.of())) {
            BenchmarkReport r = app.bean(SearchBenchmark.class).run(rounds);
            var out = spec.commandLine().getOut();
            out.printf("Search benchmark: %d incidents indexed, %d queries x %d rounds%n", r.documents(), r.queries(), r.rounds());
            out.printf("  Defensor search  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms%n",
                    r.defensor().p50(), r.defensor().p95(), r.defensor().p99(), r.defensor().mean());
            out.printf("  Plain Lucene     p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms%n",
                    r.lucene().p50(), r.lucene().p95(), r.lucene().p99(), r.lucene().mean());
            out.printf("  Ratio Defensor/Lucene  p50 %.1fx  p95 %.1fx%n", r.ratioP50(), r.ratioP95());
            r.notes().forEach(n -> out.println("  - " + n));
            return 0;
        }
    }
}

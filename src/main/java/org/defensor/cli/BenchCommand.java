package org.defensor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Drafting;
import org.defensor.communications.LetterBenchmark;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.ImportReport;
import org.defensor.letters.LetterFormat;
import org.defensor.mandates.Mandates;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.RecordFilter;
import org.defensor.search.BenchmarkReport;
import org.defensor.search.SearchBenchmark;
import org.defensor.shared.Clearance;
import org.defensor.shared.Latency;
import org.springframework.data.domain.PageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Benchmarks, each against a baseline measured in the same run.",
        subcommands = {BenchCommand.SearchBench.class, BenchCommand.LetterBench.class, BenchCommand.CrashSafety.class})
class BenchCommand {

    @Command(name = "search", description = "Search latency, and the same queries on plain Lucene on the same index.")
    static class SearchBench implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--rounds", defaultValue = "50", description = "Rounds of the query mix. Default: ${DEFAULT-VALUE}")
        int rounds;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                BenchmarkReport r = app.bean(SearchBenchmark.class).run(rounds);
                var out = spec.commandLine().getOut();
                out.printf("Search benchmark: %d incidents indexed, %d queries x %d rounds%n", r.documents(), r.queries(), r.rounds());
                out.printf("  Defensor search     p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms%n",
                        r.defensor().p50(), r.defensor().p95(), r.defensor().p99(), r.defensor().mean());
                out.printf("  Plain Lucene        p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms%n",
                        r.lucene().p50(), r.lucene().p95(), r.lucene().p99(), r.lucene().mean());
                out.printf("  Lucene same work    p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms%n",
                        r.sameWork().p50(), r.sameWork().p95(), r.sameWork().p99(), r.sameWork().mean());
                out.printf("  Ratio Defensor/Lucene  p50 %.1fx  p95 %.1fx%n", r.ratioP50(), r.ratioP95());
                out.printf("  Ratio Defensor/Lucene same work  p50 %.2fx  p95 %.2fx%n", r.sameWorkRatioP50(), r.sameWorkRatioP95());
                out.printf("  Same total, top 20 and filter counts as Lucene same work: %d of %d queries%n", r.sameResults(),
                        r.queries());
                r.hitCounts().forEach(c -> out.printf("  \"%s\": %d hits, exact AND query %d hits (%s)%n", c.query(), c.defensor(),
                        c.exactAnd(), c.same() ? "same" : "DIFFERENT"));
                r.notes().forEach(n -> out.println("  - " + n));
                return 0;
            }
        }
    }

    @Command(name = "letter", description = "Time to generate a letter about many incidents in DOCX, PDF and HTML, against "
            + "assembling the letter without rendering it. Drafts the letter, measures, deletes the draft.")
    static class LetterBench implements Callable<Integer> {

        private static final long SEED = 1;

        @Option(names = "--incidents", defaultValue = "20", description = "Incidents the letter is about. Default: ${DEFAULT-VALUE}")
        int incidents;

        @Option(names = "--rounds", defaultValue = "20", description = "Measured rounds (after a fifth as many to warm up). "
                + "Default: ${DEFAULT-VALUE}")
        int rounds;

        @Option(names = "--data", paramLabel = "DIR", description = "Take the incidents from this data folder (the draft is "
                + "deleted afterwards). Default: a throwaway folder with generated incidents, deleted afterwards.")
        Path dataDir;

        @Option(names = "--country", paramLabel = "ISO3", defaultValue = "KAZ",
                description = "The State the letter goes to; its incidents are taken. Default: ${DEFAULT-VALUE}")
        String country;

        @Option(names = "--mandates", split = ",", paramLabel = "MANDATE", defaultValue = "SR HRD",
                description = "The mandates sending it: id, short name or title. Default: ${DEFAULT-VALUE}")
        List<String> mandates;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (incidents < 1) {
                throw new BadOptionException("--incidents", "must be at least 1");
            }
            if (rounds < 1) {
                throw new BadOptionException("--rounds", "must be at least 1");
            }
            String iso3 = Ids.country("--country", country);
            // The data folder inside the throwaway one, so the files kept beside it (the audit key) go too.
            Path scratch = dataDir != null ? null : Files.createTempDirectory("defensor-bench-letter-");
            Path folder = dataDir != null ? dataDir : scratch.resolve("data");
            try {
                try (Launcher.Running app = Launcher.start(folder, false, Map.of())) {
                    LetterBenchmark.Report report = Clearance.asSystem(() -> {
                        if (dataDir == null) {
                            generate(app.bean(DatasetTransfer.class));
                        }
                        Drafting.DraftRequest request = new Drafting.DraftRequest(CommunicationType.AL, iso3,
                                Ids.mandates("--mandates", app.bean(Mandates.class), mandates), incidentsIn(app, iso3),
                                null, null, List.of(), null);
                        return app.bean(LetterBenchmark.class).run(request, rounds);
                    });
                    print(report, dataDir == null ? "generated in a throwaway folder" : "from " + dataDir);
                }
                return 0;
            } finally {
                if (scratch != null) {
                    deleteTree(scratch);
                }
            }
        }

        private void generate(DatasetTransfer transfer) {
            ImportReport imported = transfer.importDataset(transfer.synthetic(incidents, SEED), false);
            if (!imported.committed()) {
                throw new IllegalStateException("the generated records were refused: " + imported.problems());
            }
        }

        private List<UUID> incidentsIn(Launcher.Running app, String iso3) {
            List<UUID> ids = app.bean(Incidents.class).list(new RecordFilter(null, iso3, null, null), PageRequest.of(0, incidents))
                    .map(IncidentData::id).toList();
            if (ids.size() < incidents) {
                throw new BadOptionException("--incidents", "the data folder has only " + ids.size() + " incident(s) in " + iso3
                        + "; ask for fewer, or add some with 'defensor generate'");
            }
            return ids;
        }

        private void print(LetterBenchmark.Report r, String origin) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Letter benchmark: %d incidents (%s), %d questions, %d provisions in the annex, %d rounds%n",
                    r.incidents(), origin, r.questions(), r.annexProvisions(), r.rounds());
            String row = "  %-21s %9s %9s %9s %9s %10s %11s%n";
            out.printf(row, "", "p50 ms", "p95 ms", "mean ms", "size KB", "ratio p50", "ratio mean");
            printRow(out, row, "assembly (baseline)", r.assembly(), "-", 1.0, 1.0);
            for (LetterFormat format : LetterFormat.values()) {
                printRow(out, row, format.name(), r.formats().get(format), String.format(Locale.ROOT, "%.1f", r.bytes().get(format) / 1024.0),
                        r.ratioP50(format), r.ratioMean(format));
            }
            r.notes().forEach(n -> out.println("  - " + n));
        }

        private static void printRow(PrintWriter out, String row, String name, Latency t, String size, double ratioP50,
                                     double ratioMean) {
            out.printf(row, name, ms(t.p50()), ms(t.p95()), ms(t.mean()), size,
                    String.format(Locale.ROOT, "%.1fx", ratioP50), String.format(Locale.ROOT, "%.1fx", ratioMean));
        }

        private static String ms(double value) {
            return String.format(Locale.ROOT, "%.2f", value);
        }

        static void deleteTree(Path folder) throws IOException {
            if (!Files.exists(folder)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    @Command(name = "crash", description = "Kills Defensor with SIGKILL at random (seeded) moments during an import and during "
            + "writes from concurrent API clients on loopback, restarts it and checks: no partial import, no acknowledged write "
            + "lost, no duplicate, the search index equal to the database. Exit 1 on any failure.")
    static class CrashSafety implements Callable<Integer> {

        enum Mode { IMPORT, API, BOTH }

        @Option(names = "--runs", defaultValue = "100", description = "Kills per mode. Default: ${DEFAULT-VALUE}")
        int runs;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed of the kill moments. Default: ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--mode", defaultValue = "BOTH", description = "import, api or both. Default: ${DEFAULT-VALUE}")
        Mode mode;

        @Option(names = "--incidents", defaultValue = "30", description = "Incidents in each imported dataset (with persons, "
                + "organisations and sources in proportion). Default: ${DEFAULT-VALUE}")
        int incidents;

        @Option(names = "--clients", defaultValue = "4", description = "Concurrent API clients. Default: ${DEFAULT-VALUE}")
        int clients;

        @Option(names = "--load-ms", defaultValue = "3000", description = "The kill comes up to this long after the clients "
                + "start writing. Default: ${DEFAULT-VALUE}")
        long loadMillis;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (runs < 1) {
                throw new BadOptionException("--runs", "must be at least 1");
            }
            if (incidents < 1) {
                throw new BadOptionException("--incidents", "must be at least 1");
            }
            if (clients < 1) {
                throw new BadOptionException("--clients", "must be at least 1");
            }
            if (loadMillis < 1) {
                throw new BadOptionException("--load-ms", "must be at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            List<CrashBench.Result> results = new java.util.ArrayList<>();
            Path folder = Files.createTempDirectory("defensor-bench-crash-");
            try {
                if (mode != Mode.API) {
                    results.add(new CrashBench(folder.resolve("import"), seed, out).imports(runs, incidents));
                }
                if (mode != Mode.IMPORT) {
                    results.add(new CrashBench(folder.resolve("api"), seed, out).apiWrites(runs, clients, loadMillis));
                }
            } finally {
                LetterBench.deleteTree(folder);
            }
            results.forEach(r -> CrashBench.print(r, out));
            return results.stream().allMatch(CrashBench.Result::passed) ? 0 : 1;
        }
    }
}

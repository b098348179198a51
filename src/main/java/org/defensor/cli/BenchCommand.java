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
import java.util.Optional;
import java.util.UUID;
import java.time.Duration;
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
import org.defensor.search.PeerDatabase;
import org.defensor.search.SearchBenchmark;
import org.defensor.shared.Clearance;
import org.defensor.shared.Latency;
import org.springframework.data.domain.PageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Benchmarks, each against a baseline measured in the same run.",
        subcommands = {BenchCommand.SearchBench.class, BenchCommand.LetterBench.class, BenchCommand.CrashSafety.class,
                BenchCommand.ApiBench.class, BenchCommand.ServeBench.class})
class BenchCommand {

    @Command(name = "search", description = "Search latency, and the same queries on plain Lucene on the same index.")
    static class SearchBench implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--rounds", defaultValue = "50", description = "Rounds of the query mix. Default: ${DEFAULT-VALUE}")
        int rounds;

        /** The engines a peer baseline can run on. */
        enum Peer { postgres }

        @Option(names = "--peer", paramLabel = "ENGINE", description = "Also run the mix on this engine's own full-text search, "
                + "on the same incidents, in the same run: ${COMPLETION-CANDIDATES}.")
        Peer peer;

        @Option(names = "--peer-url", paramLabel = "JDBC-URL", description = "The peer's PostgreSQL database (a throwaway schema "
                + "is made there and dropped). Default: Defensor's own database, when it is PostgreSQL.")
        String peerUrl;

        @Option(names = "--peer-user", paramLabel = "USER", defaultValue = "postgres",
                description = "The peer database's user; the password is read from DEFENSOR_PEER_PASSWORD. Default: ${DEFAULT-VALUE}")
        String peerUser;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            BadOptionException.requireAtLeast("--rounds", rounds, 1);
            if (peerUrl != null && peer == null) {
                throw new BadOptionException("--peer-url", "needs --peer postgres");
            }
            Optional<PeerDatabase> peerDatabase = Optional.ofNullable(peer).map(p -> peerDatabase());
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                BenchmarkReport r;
                try {
                    r = app.bean(SearchBenchmark.class).run(rounds, peerDatabase);
                } catch (IllegalArgumentException e) {
                    throw new BadOptionException("--peer", e.getMessage());
                }
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
                for (BenchmarkReport.PeerResult p : r.peers()) {
                    out.printf("  %-19s p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms%n", p.name().startsWith("PostgreSQL")
                            ? "PostgreSQL FTS" : p.name(), p.latency().p50(), p.latency().p95(), p.latency().p99(), p.latency().mean());
                    out.printf("  Defensor faster than %s  p50 %.2fx  p95 %.2fx%n", p.name(), r.fasterThanP50(p), r.fasterThanP95(p));
                    out.printf("  Same total and filter counts as %s: %d of %d queries; top titles shared: %d of %d%n", p.name(),
                            p.sameCounts(), r.queries(), p.sharedTopTitles(), p.comparedTopTitles());
                    p.notes().forEach(n -> out.println("  - " + n));
                }
                r.notes().forEach(n -> out.println("  - " + n));
                return 0;
            }
        }

        private PeerDatabase peerDatabase() {
            if (peerUrl == null) {
                return PeerDatabase.ownDatabase();
            }
            if (!peerUrl.startsWith("jdbc:postgresql:")) {
                throw new BadOptionException("--peer-url", "must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
            }
            return new PeerDatabase(peerUrl, peerUser, Optional.ofNullable(System.getenv("DEFENSOR_PEER_PASSWORD")).orElse(""));
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
            BadOptionException.requireAtLeast("--incidents", incidents, 1);
            BadOptionException.requireAtLeast("--rounds", rounds, 1);
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
            BadOptionException.requireAtLeast("--runs", runs, 1);
            BadOptionException.requireAtLeast("--incidents", incidents, 1);
            BadOptionException.requireAtLeast("--clients", clients, 1);
            BadOptionException.requireAtLeast("--load-ms", loadMillis, 1);
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
    @Command(name = "api", description = "Record reads over the REST API at N concurrent clients: GET /api/v1/incidents/{id} "
            + "with a bearer token, against a static file from the same server (the baseline: the web server's own cost). "
            + "Starts a server on loopback with the demo data in a throwaway folder, or measures a running one (--url).")
    static class ApiBench implements Callable<Integer> {

        @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients, one connection each. Default: ${DEFAULT-VALUE}")
        int clients;

        @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per figure. Default: ${DEFAULT-VALUE}")
        int seconds;

        @Option(names = "--warmup", defaultValue = "5", description = "Seconds of load before measuring. Default: ${DEFAULT-VALUE}")
        int warmup;

        @Option(names = "--url", description = "A running server (loopback), e.g. http://127.0.0.1:8080; needs --token.")
        String url;

        @Option(names = "--token", description = "The bearer token for --url (an account that may read).")
        String token;

        @Option(names = "--data", paramLabel = "DIR", description = "Serve this data folder instead of a throwaway one with the demo data.")
        Path dataDir;

        @Option(names = "--java-options", paramLabel = "OPTIONS", description = "JVM options of the server started "
                + "(e.g. to record a profile). Default: the launcher's.")
        String javaOptions;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            BadOptionException.requireAtLeast("--clients", clients, 1);
            if (seconds < 1 || warmup < 0) {
                throw new BadOptionException("--seconds", "must be at least 1 (and --warmup at least 0)");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (url != null) {
                if (token == null) {
                    throw new BadOptionException("--token", "is needed with --url");
                }
                java.net.URI target = java.net.URI.create(url);
                measure(out, target.getHost(), target.getPort() < 0 ? 80 : target.getPort(), token, null);
                return 0;
            }
            Path scratch = dataDir != null ? null : Files.createTempDirectory("defensor-bench-api-");
            Path folder = dataDir != null ? dataDir : scratch.resolve("data");
            try {
                String benchToken = ServingBench.benchToken(folder, dataDir == null);
                try (ServingBench.Server server = ServingBench.Server.start(folder, false, ServingBench.jvmOptions(javaOptions))) {
                    long started = server.awaitLogin(Duration.ofMinutes(10));
                    out.printf("Server started in %d ms (first 200 on /login), RSS %.0f MB%n", started, server.rssMegabytes());
                    measure(out, "127.0.0.1", server.port, benchToken, server);
                }
                return 0;
            } finally {
                if (scratch != null) {
                    LetterBench.deleteTree(scratch);
                }
            }
        }

        private void measure(PrintWriter out, String host, int port, String bearer, ServingBench.Server server) throws Exception {
            List<String> records;
            try (ServingBench.Client client = new ServingBench.Client(host, port, bearer)) {
                ServingBench.Response page = client.get("/api/v1/incidents?size=100");
                if (page.status() != 200) {
                    throw new IllegalStateException("listing the incidents answered " + page.status());
                }
                records = new java.util.ArrayList<>();
                page.json().path("items").forEach(i -> records.add("/api/v1/incidents/" + i.path("id").asText()));
            }
            if (records.isEmpty()) {
                throw new IllegalStateException("the server has no incident to read");
            }
            Duration measured = Duration.ofSeconds(seconds);
            out.printf("API benchmark: %d clients, %d s measured after %d s of warm-up, %d incidents read in turn; %s%n",
                    clients, seconds, warmup, records.size(), ServingBench.machine());
            // Warm up the record path (JIT) before the baseline, so that neither figure includes compilation.
            ServingBench.run(host, port, bearer, records, clients, Duration.ofSeconds(warmup), Duration.ZERO);
            long pid = server == null ? -1 : server.process.pid();
            long cpu0 = ServingBench.cpuMillis(pid);
            ServingBench.Load baseline = ServingBench.run(host, port, null, List.of("/css/defensor.css"), clients,
                    Duration.ZERO, measured);
            long cpu1 = ServingBench.cpuMillis(pid);
            ServingBench.Load read = ServingBench.run(host, port, bearer, records, clients, Duration.ZERO, measured);
            long cpu2 = ServingBench.cpuMillis(pid);
            ServingBench.print(out, "GET /css/defensor.css (static)", baseline, null);
            ServingBench.print(out, "GET /api/v1/incidents/{id} (bearer)", read, baseline);
            if (server != null && cpu0 >= 0) {
                // CPU per request does not depend on what else the machine runs, unlike req/s on a shared box.
                out.printf("  Server CPU per request: static %.2f ms, record GET %.2f ms (%.1fx)%n",
                        (cpu1 - cpu0) / (double) Math.max(1, baseline.ok()), (cpu2 - cpu1) / (double) Math.max(1, read.ok()),
                        ((cpu2 - cpu1) / (double) Math.max(1, read.ok())) / ((cpu1 - cpu0) / (double) Math.max(1, baseline.ok())));
            }
            if (server != null) {
                out.printf("  Server RSS after the load: %.0f MB; %s%n", server.rssMegabytes(), ServingBench.machine());
            }
        }
    }

    @Command(name = "serve", description = "Startup and memory: time from launching 'serve' to the first 200 on /login, and "
            + "the server's RSS after start and after N searches over the API. First a start with --demo in a throwaway "
            + "folder (loading the demo data), then restarts of that folder (or of --data).")
    static class ServeBench implements Callable<Integer> {

        private static final List<String> QUERIES = List.of("Bostandyk", "police+complaint+archived", "%22peaceful+protest%22",
                "Almaty+training", "threat*", "Serikbayeva", "detained", "fined+court");

        @Option(names = "--starts", defaultValue = "3", description = "Measured restarts. Default: ${DEFAULT-VALUE}")
        int starts;

        @Option(names = "--searches", defaultValue = "200", description = "API searches after the last start. Default: ${DEFAULT-VALUE}")
        int searches;

        @Option(names = "--data", paramLabel = "DIR", description = "Restart this data folder instead of a throwaway one with the demo data.")
        Path dataDir;

        @Option(names = "--java-options", paramLabel = "OPTIONS", description = "JVM options of the server. Default: the launcher's.")
        String javaOptions;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (starts < 1 || searches < 0) {
                throw new BadOptionException("--starts", "must be at least 1 (and --searches at least 0)");
            }
            PrintWriter out = spec.commandLine().getOut();
            List<String> options = ServingBench.jvmOptions(javaOptions);
            out.printf("Serve benchmark: JVM options %s; %s%n", options, ServingBench.machine());
            Path scratch = dataDir != null ? null : Files.createTempDirectory("defensor-bench-serve-");
            Path folder = dataDir != null ? dataDir : scratch.resolve("data");
            try {
                if (dataDir == null) {
                    try (ServingBench.Server server = ServingBench.Server.start(folder, true, options)) {
                        long ms = server.awaitLogin(Duration.ofMinutes(10));
                        server.awaitDemoLoaded(Duration.ofMinutes(10));
                        out.printf("  first start, serve --demo on an empty folder: %6d ms to the first 200 on /login, RSS %4.0f MB%n",
                                ms, server.rssMegabytes());
                    }
                }
                String token = ServingBench.benchToken(folder, false);
                List<Long> times = new java.util.ArrayList<>();
                for (int run = 1; run <= starts; run++) {
                    try (ServingBench.Server server = ServingBench.Server.start(folder, false, options)) {
                        long ms = server.awaitLogin(Duration.ofMinutes(10));
                        times.add(ms);
                        double atStart = server.rssMegabytes();
                        out.printf("  restart %d: %6d ms to the first 200 on /login, RSS %4.0f MB", run, ms, atStart);
                        if (run == starts && searches > 0) {
                            long hits = 0;
                            try (ServingBench.Client client = new ServingBench.Client("127.0.0.1", server.port, token)) {
                                for (int i = 0; i < searches; i++) {
                                    ServingBench.Response r = client.get("/api/v1/search?q=" + QUERIES.get(i % QUERIES.size()));
                                    if (r.status() != 200) {
                                        throw new IllegalStateException("search answered " + r.status());
                                    }
                                    hits += r.json().path("total").asLong();
                                }
                            }
                            out.printf(", after %d searches (%d hits in all) RSS %4.0f MB", searches, hits, server.rssMegabytes());
                        }
                        out.println();
                    }
                }
                out.printf("  restarts: median %d ms to the first 200 on /login%n", times.stream().sorted().toList().get(times.size() / 2));
                return 0;
            } finally {
                if (scratch != null) {
                    LetterBench.deleteTree(scratch);
                }
            }
        }
    }
}

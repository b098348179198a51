package org.defensor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.defensor.dataset.Dataset;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.UnfinishedImports;
import org.defensor.records.PersonData;
import org.defensor.records.Persons;
import org.defensor.records.RecordFilter;
import org.defensor.search.IndexCheck;
import org.defensor.search.SearchIndex;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.defensor.shared.Latency;
import org.defensor.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Kills a Defensor process with SIGKILL at random (seeded) moments, restarts on its data folder and checks
 * what survived. The process is a child JVM on the same class path, so that the kill is real: an import
 * ({@code defensor import}) or a server ({@code defensor serve}) under writes from concurrent clients on
 * loopback that note each write the server acknowledged. After each kill the data folder is opened again
 * in this JVM, as a start would (the index is reconciled), and checked.
 */
final class CrashBench {

    /** What one mode measured over its runs. */
    record Result(String mode, int runs, Map<String, Long> outcomes, long partial, long refusedReruns, long acknowledged,
                  long lost, long duplicates, long runsRepaired, long documentsRepaired, long mismatchesAfterRestart,
                  long importsRolledBack, long recordsRolledBack, Latency repair, List<String> failures) {
        boolean passed() {
            return partial == 0 && refusedReruns == 0 && lost == 0 && duplicates == 0 && mismatchesAfterRestart == 0
                    && failures.isEmpty();
        }
    }

    /** How long a start may take: minutes on a machine that many processes share. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Path data;
    private final Random random;
    private final PrintWriter progress;
    private final List<Long> repairNanos = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private long runsRepaired;
    private long documentsRepaired;
    private long mismatchesAfterRestart;
    private long importsRolledBack;
    private long recordsRolledBack;

    CrashBench(Path data, long seed, PrintWriter progress) {
        this.data = data;
        this.random = new Random(seed);
        this.progress = progress;
    }

    // ---- (a) import

    Result imports(int runs, int incidents) throws IOException, InterruptedException {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        long partial = 0;
        long refused = 0;
        long datasetSeed = 1;
        Path file = data.resolveSibling(data.getFileName() + "-dataset.json");
        Map<String, Long> expected;
        Map<String, Long> before;
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            expected = writeDataset(app, file, incidents, datasetSeed);
            before = inDatabase(app);
        }
        // One import without a kill, to know how long writing and indexing take: kills fall in that window.
        long window = importWithoutKill(file);
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            Map<String, Long> after = inDatabase(app);
            if (!delta(before, after).equals(expected)) {
                throw new IllegalStateException("the calibration import did not go in: " + delta(before, after));
            }
            expected = writeDataset(app, file, incidents, ++datasetSeed);
            before = after;
        }
        for (int run = 1; run <= runs; run++) {
            Child child = Child.start(data, List.of("import", file.toString()), "Import: writing");
            String outcome = child.killAfterMarker(randomMillis(window));
            try (Launcher.Running app = restart()) {
                Map<String, Long> got = delta(before, inDatabase(app));
                boolean none = got.values().stream().allMatch(n -> n == 0);
                boolean all = got.equals(expected);
                boolean refusedRun = outcome.startsWith("exited ") && !outcome.startsWith("exited 0");
                // Fewer records than before the run: the database lost records committed by earlier runs.
                boolean lostCommitted = got.values().stream().anyMatch(n -> n < 0);
                if (!none && !all) {
                    partial++;
                    failures.add("run " + run + ": " + (lostCommitted ? "records committed earlier lost, " : "partial import, ")
                            + "got " + got + ", expected " + expected);
                }
                if (refusedRun) {
                    refused++;
                    failures.add("run " + run + ": re-running the import was refused: " + child.lastLines());
                }
                outcome += all ? ", imported" : none ? ", nothing imported" : (lostCommitted ? ", LOST EARLIER RECORDS" : ", PARTIAL")
                        + ": got " + got + ", expected " + expected;
                outcomes.merge(outcome.replaceFirst(": got .*", ""), 1L, Long::sum);
                if (all || refusedRun) {
                    // After a refusal (the ids of the file are taken) the next runs go on with a new file: new seed, new ids.
                    before = inDatabase(app);
                    expected = writeDataset(app, file, incidents, ++datasetSeed);
                }
                report(run, runs, outcome + rolledBackNote(app) + ", index " + (mismatchesAfterRestart == 0 ? "equal to" : "DIFFERENT from")
                        + " the database after restart");
            }
        }
        Files.deleteIfExists(file);
        return result("import", runs, outcomes, partial, refused, 0, 0, 0);
    }

    /** What the restart rolled back (imports that did not commit, through their journal), counted and said. */
    private String rolledBackNote(Launcher.Running app) {
        List<UnfinishedImports.RolledBack> found = app.bean(UnfinishedImports.class).rolledBackAtStart();
        if (found.isEmpty()) {
            return "";
        }
        long records = found.stream().mapToLong(UnfinishedImports.RolledBack::records).sum();
        importsRolledBack += found.size();
        recordsRolledBack += records;
        return " (start rolled back " + records + " records of " + found.size() + " unfinished import(s))";
    }

    private long importWithoutKill(Path file) throws IOException, InterruptedException {
        Child child = Child.start(data, List.of("import", file.toString()), "Import: writing");
        long marked = child.awaitMarker();
        if (marked < 0) {
            throw new IllegalStateException("the calibration import ended before writing: " + child.lastLines());
        }
        int exit = child.process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the calibration import failed: " + child.lastLines());
        }
        return Math.max(1, (System.nanoTime() - marked) / 1_000_000);
    }

    private static Map<String, Long> writeDataset(Launcher.Running app, Path file, int incidents, long seed) throws IOException {
        Dataset dataset = app.bean(DatasetTransfer.class).synthetic(incidents, seed);
        app.bean(ObjectMapper.class).writeValue(file.toFile(), dataset);
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("incident", (long) dataset.incidents().size());
        sizes.put("organisation", (long) dataset.organisations().size());
        sizes.put("person", (long) dataset.persons().size());
        sizes.put("source", (long) dataset.sources().size());
        return sizes;
    }

    private static Map<String, Long> inDatabase(Launcher.Running app) {
        Map<String, Long> counts = new LinkedHashMap<>();
        app.bean(SearchIndex.class).check().types().forEach(t -> counts.put(t.name(), t.inDatabase()));
        return counts;
    }

    /** What each kind gained, for the kinds an import writes. */
    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> gained = new LinkedHashMap<>();
        for (String kind : List.of("incident", "organisation", "person", "source")) {
            gained.put(kind, after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L));
        }
        return gained;
    }

    // ---- (b) API writes

    /** A write the server acknowledged: the person's id, the name and version it answered with. */
    private record Ack(UUID id, String name, long version) {}

    Result apiWrites(int runs, int clients, long maxLoadMillis) throws IOException, InterruptedException {
        String token;
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            Accounts accounts = app.bean(Accounts.class);
            token = Clearance.asSystem(() -> {
                String name = "crash-bench-" + UUID.randomUUID().toString().substring(0, 8);
                accounts.create(name, accounts.randomPassword(), Role.EDITOR);
                return accounts.issueToken(name, "crash bench");
            });
        }
        Map<String, Long> outcomes = new LinkedHashMap<>();
        long acknowledged = 0;
        long lost = 0;
        long duplicates = 0;
        for (int run = 1; run <= runs; run++) {
            int port = freePort();
            Child child = Child.start(data, List.of("serve", "--port", String.valueOf(port)), null);
            Load load = new Load(port, token, "crash r" + run + " ", clients);
            if (!load.awaitReady(child)) {
                child.kill();
                throw new IllegalStateException("the server did not start: " + child.lastLines());
            }
            load.start();
            // The kill comes at a random moment once writes are being answered.
            if (!load.awaitFirstAck(START_TIMEOUT)) {
                child.kill();
                throw new IllegalStateException("no write was acknowledged: " + child.lastLines());
            }
            long delay = randomMillis(maxLoadMillis);
            Thread.sleep(delay);
            String outcome = child.kill();
            load.join();
            outcomes.merge(outcome, 1L, Long::sum);
            List<Ack> acks = load.acknowledged();
            acknowledged += acks.size();
            try (Launcher.Running app = restart()) {
                long runLost = lost(app, acks);
                long runDuplicates = duplicates(app, load.prefix);
                lost += runLost;
                duplicates += runDuplicates;
                if (runLost + runDuplicates > 0) {
                    failures.add("run " + run + ": " + runLost + " acknowledged write(s) lost, " + runDuplicates + " duplicate(s)");
                }
                report(run, runs, outcome + " " + delay + " ms after the first acknowledged write, " + acks.size()
                        + " writes acknowledged, " + runLost + " lost, " + runDuplicates + " duplicates");
            }
        }
        return result("api", runs, outcomes, 0, 0, acknowledged, lost, duplicates);
    }

    /** Acknowledged writes not found as acknowledged: the person missing, or at an older version, or renamed otherwise. */
    private static long lost(Launcher.Running app, List<Ack> acks) {
        Persons persons = app.bean(Persons.class);
        Map<UUID, Ack> latest = new HashMap<>();
        acks.forEach(a -> latest.merge(a.id(), a, (x, y) -> x.version() >= y.version() ? x : y));
        return Clearance.asSystem(() -> latest.values().stream().filter(a -> {
            try {
                PersonData stored = persons.get(a.id());
                // A later write of the same client may have been committed without its answer arriving.
                return stored.version() < a.version() || stored.version() == a.version() && !stored.name().equals(a.name());
            } catch (RecordNotFoundException e) {
                return true;
            }
        }).count());
    }

    /** Names of this run stored more than once. */
    private static long duplicates(Launcher.Running app, String prefix) {
        Persons persons = app.bean(Persons.class);
        Map<String, Integer> seen = new HashMap<>();
        Clearance.asSystem(() -> {
            Page<PersonData> page = persons.list(new RecordFilter(prefix, null, null, null), PageRequest.of(0, 500));
            while (true) {
                page.forEach(p -> seen.merge(p.name(), 1, Integer::sum));
                if (!page.hasNext()) {
                    return null;
                }
                page = persons.list(new RecordFilter(prefix, null, null, null), page.nextPageable());
            }
        });
        return seen.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    }

    /** Clients writing persons as fast as the server answers: each creates one, renames it, creates the next. */
    private static final class Load {
        private final int port;
        private final String token;
        final String prefix;
        private final List<Thread> threads = new ArrayList<>();
        private final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final ObjectMapper json = new ObjectMapper();
        private final CountDownLatch firstAck = new CountDownLatch(1);

        Load(int port, String token, String prefix, int clients) {
            this.port = port;
            this.token = token;
            this.prefix = prefix;
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.add(new Thread(() -> write(client), "crash-bench-client-" + c));
            }
        }

        boolean awaitReady(Child child) throws InterruptedException {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline && child.process.isAlive()) {
                try {
                    if (send(HttpRequest.newBuilder(uri("/api/v1/persons?size=1")).GET()).statusCode() == 200) {
                        return true;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            return false;
        }

        void start() {
            threads.forEach(Thread::start);
        }

        boolean awaitFirstAck(Duration timeout) throws InterruptedException {
            return firstAck.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        void join() throws InterruptedException {
            for (Thread t : threads) {
                t.join();
            }
        }

        List<Ack> acknowledged() {
            return List.copyOf(acks);
        }

        private void write(int client) {
            try {
                for (int n = 0; ; n++) {
                    String name = prefix + "c" + client + " n" + n;
                    Ack created = ack(send(HttpRequest.newBuilder(uri("/api/v1/persons"))
                            .POST(body(Map.of("name", name, "confidentiality", "PUBLIC")))));
                    if (created != null) {
                        ack(send(HttpRequest.newBuilder(uri("/api/v1/persons/" + created.id()))
                                .PUT(body(Map.of("name", name + " renamed", "confidentiality", "PUBLIC",
                                        "version", created.version())))));
                    }
                }
            } catch (IOException | InterruptedException serverGone) {
                // the server was killed: this client stops
            }
        }

        private Ack ack(HttpResponse<String> response) throws IOException {
            if (response.statusCode() / 100 != 2) {
                return null;
            }
            JsonNode node = json.readTree(response.body());
            Ack ack = new Ack(UUID.fromString(node.get("id").asText()), node.get("name").asText(), node.get("version").asLong());
            acks.add(ack);
            firstAck.countDown();
            return ack;
        }

        private HttpRequest.BodyPublisher body(Map<String, Object> fields) throws IOException {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(fields));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---- shared

    /** Opens the data folder again (the index is reconciled as at any start) and checks the index against the database. */
    private Launcher.Running restart() {
        Launcher.Running app = Launcher.start(data, false, Map.of());
        SearchIndex index = app.bean(SearchIndex.class);
        IndexCheck atStart = index.lastReconciliation();
        repairNanos.add(atStart.millis() * 1_000_000);
        if (atStart.differences() > 0) {
            runsRepaired++;
            documentsRepaired += atStart.differences();
        }
        IndexCheck after = index.check();
        if (after.differences() > 0) {
            mismatchesAfterRestart += after.differences();
            failures.add("index differs from the database after restart: " + after.describeDifferences());
        }
        return app;
    }

    private long randomMillis(long upTo) {
        return (long) (random.nextDouble() * upTo);
    }

    private void report(int run, int runs, String outcome) {
        if (progress != null) {
            progress.printf("  run %d/%d: %s%n", run, runs, outcome);
            progress.flush();
        }
    }

    private Result result(String mode, int runs, Map<String, Long> outcomes, long partial, long refused, long acknowledged,
                          long lost, long duplicates) {
        Result r = new Result(mode, runs, outcomes, partial, refused, acknowledged, lost, duplicates, runsRepaired,
                documentsRepaired, mismatchesAfterRestart, importsRolledBack, recordsRolledBack, Latency.of(repairNanos),
                List.copyOf(failures));
        importsRolledBack = 0;
        recordsRolledBack = 0;
        repairNanos.clear();
        failures.clear();
        runsRepaired = 0;
        documentsRepaired = 0;
        mismatchesAfterRestart = 0;
        return r;
    }

    /** A Defensor command in a child JVM on this JVM's class path, its output watched for a marker line. */
    private static final class Child {
        final Process process;
        private final CountDownLatch marked = new CountDownLatch(1);
        private volatile long markedAt;
        private final Deque<String> last = new ArrayDeque<>();

        private Child(Process process, String marker) {
            this.process = process;
            Thread reader = new Thread(() -> read(marker), "crash-bench-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path data, List<String> args, String marker) throws IOException {
            List<String> command = new ArrayList<>(javaCommand());
            command.addAll(args);
            command.add("--data");
            command.add(data.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            return new Child(builder.start(), marker);
        }

        private static List<String> javaCommand() throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dlogging.level.org.defensor.dataset=INFO"));
            String classPath = System.getProperty("java.class.path");
            if (isBootJar(classPath)) {
                command.addAll(List.of("-jar", classPath));
            } else {
                command.addAll(List.of("-cp", classPath, Defensor.class.getName()));
            }
            return command;
        }

        /** The packaged application (target/defensor.jar) runs only through its own launcher. */
        private static boolean isBootJar(String classPath) throws IOException {
            if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
                return false;
            }
            try (JarFile jar = new JarFile(classPath)) {
                return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null;
            }
        }

        private void read(String marker) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (marker != null && marked.getCount() > 0 && line.contains(marker)) {
                        markedAt = System.nanoTime();
                        marked.countDown();
                    }
                    synchronized (last) {
                        last.addLast(line);
                        if (last.size() > 20) {
                            last.removeFirst();
                        }
                    }
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }

        /** When the marker line came (System.nanoTime), or -1 if the process ended without it (an import refused). */
        long awaitMarker() throws InterruptedException {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!marked.await(1, TimeUnit.SECONDS)) {
                if (!process.isAlive() && marked.getCount() > 0) {
                    process.waitFor();
                    // Its last lines may still be on their way.
                    if (!marked.await(1, TimeUnit.SECONDS)) {
                        return -1;
                    }
                    break;
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the child never got to its work (" + (process.isAlive() ? "timed out"
                            : "it ended") + "): " + lastLines());
                }
            }
            return markedAt;
        }

        /** Kills the process {@code millis} after its marker line, unless it ended by itself; says which. */
        String killAfterMarker(long millis) throws InterruptedException {
            long marker = awaitMarker();
            if (marker < 0) {
                return "exited " + process.exitValue() + " before writing";
            }
            long wait = millis - (System.nanoTime() - marker) / 1_000_000;
            if (wait > 0 && process.waitFor(wait, TimeUnit.MILLISECONDS)) {
                return "exited " + process.exitValue();
            }
            return kill();
        }

        String kill() throws InterruptedException {
            if (!process.isAlive()) {
                return "exited " + process.exitValue();
            }
            process.destroyForcibly();
            process.waitFor();
            return "killed";
        }

        String lastLines() {
            synchronized (last) {
                return String.join("\n", last);
            }
        }
    }

    static void print(Result r, PrintWriter out) {
        out.printf("Crash benchmark (%s): %d runs, each killed with SIGKILL at a random moment, then restarted and checked%n",
                r.mode(), r.runs());
        r.outcomes().forEach((outcome, n) -> out.printf("  %-40s %d%n", outcome, n));
        if (r.mode().equals("import")) {
            out.printf("  partial imports: %d; re-runs refused: %d%n", r.partial(), r.refusedReruns());
            out.printf("  unfinished imports rolled back at start: %d, %d records%n", r.importsRolledBack(), r.recordsRolledBack());
        } else {
            out.printf("  acknowledged writes: %d; lost: %d; duplicates: %d%n", r.acknowledged(), r.lost(), r.duplicates());
        }
        out.printf("  index differed from the database at start in %d run(s), %d document(s), repaired;"
                + " differences after restart: %d%n", r.runsRepaired(), r.documentsRepaired(), r.mismatchesAfterRestart());
        out.printf(Locale.ROOT, "  check and repair at start: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n", r.repair().p50(),
                r.repair().p95(), r.repair().p99());
        r.failures().stream().limit(20).forEach(f -> out.println("  FAILED " + f));
        out.println(r.passed() ? "  PASSED" : "  FAILED");
    }
}

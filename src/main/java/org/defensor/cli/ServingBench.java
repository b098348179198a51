package org.defensor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarFile;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.ImportReport;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.defensor.shared.Latency;

/**
 * The server as a client sees it: a child JVM running {@code defensor serve} on loopback (or a server
 * already running), measured from outside. Requests go over plain HTTP/1.1 keep-alive sockets, one
 * per client, so that the client's own cost stays small next to the server's on the same machine.
 */
final class ServingBench {

    /** The JVM options the child gets unless the caller names others: the launcher's, when it ran us. */
    static final String LAUNCHER_OPTIONS = "DEFENSOR_JVM_DEFAULTS";

    private ServingBench() {}

    // ---- the server

    /** A server in a child JVM on a loopback port, its output kept (last lines) for the error messages. */
    static final class Server implements AutoCloseable {
        final Process process;
        final int port;
        final long startedNanos;
        private final Deque<String> last = new ArrayDeque<>();
        private final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        private Server(Process process, int port, long startedNanos) {
            this.process = process;
            this.port = port;
            this.startedNanos = startedNanos;
            Thread reader = new Thread(this::read, "bench-server-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Server start(Path data, boolean demo, List<String> jvmOptions) throws IOException {
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            String classPath = System.getProperty("java.class.path");
            if (isBootJar(classPath)) {
                command.addAll(List.of("-jar", classPath));
            } else {
                command.addAll(List.of("-cp", classPath, Defensor.class.getName()));
            }
            command.addAll(List.of("serve", "--port", String.valueOf(port), "--data", data.toString()));
            if (demo) {
                command.add("--demo");
            }
            long started = System.nanoTime();
            return new Server(new ProcessBuilder(command).redirectErrorStream(true).start(), port, started);
        }

        /** Milliseconds from the launch to the first 200 on /login; polls every 10 ms. */
        long awaitLogin(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server ended before answering: " + lastLines());
                }
                try (Client client = new Client("127.0.0.1", port, null)) {
                    if (client.get("/login").status() == 200) {
                        return (System.nanoTime() - startedNanos) / 1_000_000;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("no 200 on /login within " + timeout.toSeconds() + " s: " + lastLines());
        }

        /** Waits until the server printed that the demo data is loaded (it loads after the web server answers). */
        void awaitDemoLoaded(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (seen.isEmpty()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the demo data was not loaded: " + lastLines());
                }
                Thread.sleep(50);
            }
        }

        /** Resident set size of the server process, in MB (Linux /proc), or -1 where unknown. */
        double rssMegabytes() {
            return ServingBench.rssMegabytes(process.pid());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("Demo data loaded")) {
                        seen.add(line);
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

        String lastLines() {
            synchronized (last) {
                return String.join(System.lineSeparator(), last);
            }
        }

        /** A graceful stop (SIGTERM), as an operator would: the server flushes what it keeps in memory. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The JVM options of the child: as given, else the launcher's (when it started us), else the launcher's defaults. */
    static List<String> jvmOptions(String given) {
        String options = given != null ? given : System.getenv(LAUNCHER_OPTIONS);
        if (options == null) {
            options = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxRAM=1g -XX:MaxRAMPercentage=50";
        }
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** CPU time the process used so far (user + system), in milliseconds (Linux /proc), or -1 where unknown. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException unknown) {
            return -1;
        }
    }

    static double rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException unknown) {
            // not Linux, or the process ended
        }
        return -1;
    }

    /**
     * An editor account and a token for it, made in the data folder while no server has it open; with
     * {@code demo}, first the demo records (samples/demo.json, as {@code serve --demo} loads them).
     */
    static String benchToken(Path data, boolean demo) {
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            Accounts accounts = app.bean(Accounts.class);
            return Clearance.asSystem(() -> {
                if (demo) {
                    DatasetTransfer transfer = app.bean(DatasetTransfer.class);
                    try (InputStream in = new org.springframework.core.io.ClassPathResource("samples/demo.json").getInputStream()) {
                        ImportReport report = transfer.importDataset(transfer.read(in, "samples/demo.json"), false);
                        if (!report.committed()) {
                            throw new IllegalStateException("the demo dataset was refused: " + report.problems());
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                String name = "bench-" + UUID.randomUUID().toString().substring(0, 8);
                accounts.create(name, accounts.randomPassword(), Role.EDITOR);
                return accounts.issueToken(name, "serving bench");
            });
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean isBootJar(String classPath) throws IOException {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null;
        }
    }

    // ---- the client

    record Response(int status, byte[] body) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    /**
     * One HTTP/1.1 keep-alive connection, opened again when the server closes it (Tomcat does after
     * 100 requests); reads Content-Length and chunked bodies.
     */
    static final class Client implements AutoCloseable {
        private final String host;
        private final int port;
        private final String authorization;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Client(String host, int port, String token) throws IOException {
            this.host = host;
            this.port = port;
            this.authorization = token == null ? "" : "Authorization: Bearer " + token + "\r\n";
            connect();
        }

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        Response get(String path) throws IOException {
            if (socket.isClosed()) {
                connect();
            }
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + authorization
                    + "Accept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    close = true;
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                body.write(in.readNBytes((int) length));
            }
            if (close) {
                socket.close();
            }
            return new Response(status, body.toByteArray());
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.isEmpty() ? null : line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    // ---- load

    /** What N clients got in a time: requests answered 200, others, and each 200's latency. */
    record Load(long ok, long failed, double seconds, Latency latency, String error) {
        double perSecond() {
            return ok / seconds;
        }
    }

    /** N clients, each on its own connection, GET the paths in turn (client i starts at path i) for the given time. */
    static Load run(String host, int port, String token, List<String> paths, int clients, Duration warmup, Duration measured)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> errors = new java.util.concurrent.atomic.AtomicReference<>();
        List<List<Long>> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> mine = new ArrayList<>(1 << 16);
            latencies.add(mine);
            int first = c;
            Thread thread = new Thread(() -> {
                try (Client client = new Client(host, port, token)) {
                    for (int i = first; ; i++) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        int status = client.get(paths.get(i % paths.size())).status();
                        long after = System.nanoTime();
                        if (before >= measureFrom && after <= end) {
                            if (status == 200) {
                                ok.incrementAndGet();
                                mine.add(after - before);
                            } else {
                                failed.incrementAndGet();
                                errors.compareAndSet(null, "HTTP " + status);
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failed.incrementAndGet();
                    errors.compareAndSet(null, e.toString());
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        done.await();
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        return new Load(ok.get(), failed.get(), measured.toNanos() / 1e9, all.isEmpty() ? new Latency(0, 0, 0, 0) : Latency.of(all), errors.get());
    }

    /** The load of the machine (1-minute average) and its processors, to say next to the figures. */
    static String machine() {
        String load = "?";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException unknown) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " processors, load average " + load;
    }

    static void print(PrintWriter out, String name, Load load, Load baseline) {
        out.printf("  %-34s %9.0f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  %s%n", name, load.perSecond(),
                load.latency().p50(), load.latency().p95(), load.latency().p99(),
                (baseline == null ? "(baseline)" : String.format(java.util.Locale.ROOT, "%.2fx the baseline's time per request",
                        baseline.perSecond() / Math.max(load.perSecond(), 1e-9)))
                        + (load.failed() > 0 ? ", " + load.failed() + " failed" : "")
                        + (load.error() != null ? " (" + load.error() + ")" : ""));
    }
}

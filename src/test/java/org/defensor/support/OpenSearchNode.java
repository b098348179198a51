package org.defensor.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenSearch node (the Maven Central integ-test distribution the build copies to
 * {@code target/opensearch}), started once for all tests that ask for it, on loopback ports, with a
 * small heap and this JVM's Java. OpenSearch refuses to run as root: a test run as root (CI) runs it as
 * the unprivileged user {@value #USER}, created if missing.
 */
public final class OpenSearchNode {

    static final String USER = "defensor-opensearch";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private static String address;

    private OpenSearchNode() {}

    /** Points the test context's search backend at the node; each context starts with empty indexes. */
    public static void register(DynamicPropertyRegistry registry) {
        String hosts = address();
        String backend = "spring.jpa.properties.hibernate.search.backend.";
        registry.add(backend + "type", () -> "elasticsearch");
        registry.add(backend + "hosts", () -> hosts);
        registry.add(backend + "protocol", () -> "http");
        registry.add(backend + "analysis.configurer", () -> "org.defensor.search.internal.OpenSearchTextAnalysis");
        registry.add("spring.jpa.properties.hibernate.search.schema_management.strategy", () -> "drop-and-create");
    }

    private static synchronized String address() {
        if (address == null) {
            try {
                address = start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start OpenSearch for the tests", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting OpenSearch", e);
            }
        }
        return address;
    }

    private static String start() throws IOException, InterruptedException {
        Path zip = Path.of(System.getProperty("defensor.opensearch.zip", "target/opensearch/opensearch.zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("no OpenSearch distribution at " + zip.toAbsolutePath()
                    + ": run the tests through Maven, which copies it there (maven-dependency-plugin)");
        }
        // Outside the project: the unprivileged user may not be able to reach the checkout.
        Path root = Files.createTempDirectory("defensor-opensearch");
        Path home = unzip(zip, root);
        addModules(zip.resolveSibling("modules"), home);
        Path data = Files.createDirectories(root.resolve("data"));
        Path logs = Files.createDirectories(root.resolve("logs"));
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        if (asRoot) {
            ensureUser();
            run("chown", "-R", USER + ":" + USER, root.toString());
        }
        int http = freePort();
        int transport = freePort();
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.addAll(List.of(home.resolve("bin/opensearch").toString(),
                "-E", "discovery.type=single-node", "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + http, "-E", "transport.port=" + transport,
                "-E", "path.data=" + data, "-E", "path.logs=" + logs,
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        Path output = root.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms256m -Xmx256m");
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, root)));
        String hosts = "127.0.0.1:" + http;
        awaitHealthy(process, hosts, output);
        return hosts;
    }

    private static void awaitHealthy(Process process, String hosts, Path output) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://" + hosts + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped while starting (exit " + process.exitValue() + "):\n" + tail(output));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("OpenSearch did not answer within " + START_TIMEOUT + ":\n" + tail(output));
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        Path top = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside its folder: " + entry.getName());
                }
                if (top == null) {
                    top = into.resolve(into.relativize(target).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (top == null) {
            throw new IOException("empty OpenSearch distribution: " + zip);
        }
        // java.util.zip does not keep the executable bit.
        try (Stream<Path> scripts = Files.list(top.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true, false));
        }
        return top;
    }

    /**
     * The modules of the full distribution that Defensor needs and the integ-test zip leaves out (the
     * stemmer and ASCII folding filters; delete-by-query, which the mass indexer purges with), each a
     * folder of jars Maven copies beside the zip, installed with the descriptor the distribution has.
     */
    private static void addModules(Path modules, Path home) throws IOException {
        for (String name : List.of("analysis-common", "reindex")) {
            Path jars = modules.resolve(name);
            if (!Files.isDirectory(jars)) {
                throw new IllegalStateException("no " + name + " module at " + jars.toAbsolutePath() + ": run the tests through Maven");
            }
            Path module = Files.createDirectories(home.resolve("modules").resolve(name));
            String pluginClass = null;
            try (Stream<Path> files = Files.list(jars)) {
                for (Path jar : files.toList()) {
                    Files.copy(jar, module.resolve(jar.getFileName()));
                    pluginClass = pluginClass != null ? pluginClass : pluginClass(jar);
                }
            }
            if (pluginClass == null) {
                throw new IllegalStateException("no OpenSearch plugin class in " + jars.toAbsolutePath());
            }
            String version = System.getProperty("defensor.opensearch.version", "2.19.1");
            Files.writeString(module.resolve("plugin-descriptor.properties"), String.join("\n",
                    "description=" + name, "version=" + version, "name=" + name, "classname=" + pluginClass, "java.version=11",
                    "opensearch.version=" + version, "custom.foldername=", "extended.plugins=", "has.native.controller=false", ""));
        }
    }

    /** The class named {@code org/opensearch/**\/*Plugin.class} in a module's jar, if any. */
    private static String pluginClass(Path jar) throws IOException {
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("org/opensearch/") && n.endsWith("Plugin.class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .findFirst().orElse(null);
        }
    }

    private static void ensureUser() throws IOException, InterruptedException {
        if (new ProcessBuilder("id", "-u", USER).start().waitFor() != 0) {
            run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes());
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no console output: " + e.getMessage() + ")";
        }
    }

    private static void stop(Process process, Path root) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception slow) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}

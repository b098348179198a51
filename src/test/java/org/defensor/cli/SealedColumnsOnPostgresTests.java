package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.defensor.audit.AuditChainVerifier;
import org.defensor.backup.BackupException;
import org.defensor.backup.Backups;
import org.defensor.encryption.ColumnKeys;
import org.defensor.encryption.ColumnSeal;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.defensor.support.Api;
import org.defensor.support.Markers;
import org.defensor.support.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sealed text columns on PostgreSQL (ADR 012): with the demo data levelled and marked, no marker is in any
 * file of the PostgreSQL server's data directory, write-ahead log included, while the application reads
 * every record back and search finds them; rows from before sealing are sealed at start with the audit
 * chain intact; a backup carries the column keys and a restore refuses them under another master key; a
 * key rotation keeps everything readable.
 */
class SealedColumnsOnPostgresTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct-horse-battery";
    private static final Pattern MARKER = Pattern.compile("QX[CR]\\d{4}XQ");
    private static final String BACKUP_PASSPHRASE = "a long backup passphrase for the test";

    @TempDir
    Path root;

    private final Markers markers = new Markers();

    @Test
    void noMarkerIsInAnyFileOfThePostgresDataDirectoryWhileEveryRecordReadsBackAndIsFound() throws Exception {
        Path pgData = root.resolve("pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(true).start()) {
            try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create database sealed");
            }
            Map<String, Object> database = Map.of("spring.datasource.url", pg.getJdbcUrl("postgres", "sealed"),
                    "spring.datasource.username", "postgres", "spring.datasource.password", "");
            Set<String> marked;
            try (Launcher.Running app = serve(root.resolve("data"), root.resolve("keys/master.key"), database)) {
                marked = importMarkedDemoData(app);
                assertThat(marked).hasSizeGreaterThan(300);
                assertReadsBackAndIsFound(app, marked);
                assertThat(app.bean(AuditChainVerifier.class).verify().problems()).isEmpty();
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("checkpoint");
                }
                Map<String, Set<String>> found = markersInFiles(pgData);
                assertThat(found).as("files of the PostgreSQL data directory holding markers").isEmpty();
            }
        }
    }

    @Test
    void rowsFromBeforeSealingAreSealedAtStartWithTheAuditChainIntactAndStillRead() throws Exception {
        String[] database = PostgresDatabase.arguments("sealed_later");
        Map<String, Object> properties = properties(database);
        Path data = root.resolve("data");
        Path key = PostgresDatabase.keyFile();
        Set<String> marked;
        Map<String, Object> off = new HashMap<>(properties);
        off.put("defensor.encryption.columns", "off");
        try (Launcher.Running app = serve(data, key, off)) {
            marked = importMarkedDemoData(app);
            assertThat(app.bean(ColumnSeal.class).sealing()).isFalse();
            assertThat(markersInTextColumns(app.bean(JdbcTemplate.class))).as("plaintext before sealing").isNotEmpty();
        }
        try (Launcher.Running app = serve(data, key, properties)) {
            assertThat(app.bean(ColumnSeal.class).sealing()).isTrue();
            assertThat(markersInTextColumns(app.bean(JdbcTemplate.class))).as("text columns holding markers after sealing").isEmpty();
            assertThat(app.bean(AuditChainVerifier.class).verify().problems()).as("audit chain after sealing").isEmpty();
            assertReadsBackAndIsFound(app, marked);
            // Idempotent: nothing left to seal.
            assertThat(app.bean(ColumnKeys.class).sealPlaintext()).isZero();
        }
    }

    @Test
    void aBackupRestoresWithItsColumnKeysAndIsRefusedUnderAnotherMasterKey() throws Exception {
        Path key = PostgresDatabase.keyFile();
        byte[] backup;
        Set<String> marked;
        try (Launcher.Running app = serve(root.resolve("a"), key, properties(PostgresDatabase.arguments("sealed_backup_a")))) {
            marked = importMarkedDemoData(app);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            Clearance.asSystem(() -> app.bean(Backups.class).backup(file, BACKUP_PASSPHRASE.toCharArray()));
            backup = file.toByteArray();
        }
        // Another installation, another master key: refused before anything changes.
        Path otherKey = root.resolve("keys/other.key");
        Map<String, Object> other = properties(PostgresDatabase.arguments("sealed_backup_b"));
        try (Launcher.Running app = serve(root.resolve("b"), otherKey, other)) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            String keysBefore = jdbc.queryForObject("select keyset from column_keyset", String.class);
            long auditBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);
            assertThatThrownBy(() -> Clearance.asSystem(() -> app.bean(Backups.class)
                    .restore(new ByteArrayInputStream(backup), BACKUP_PASSPHRASE.toCharArray(), false)))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("another master key").hasMessageContaining("nothing was restored");
            assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select keyset from column_keyset", String.class)).isEqualTo(keysBefore);
            assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(auditBefore);
        }
        // The same master key: restored, read back and found (the keys in memory are the backup's), backed up alike.
        try (Launcher.Running app = serve(root.resolve("c"), key, properties(PostgresDatabase.arguments("sealed_backup_c")))) {
            var report = Clearance.asSystem(() -> app.bean(Backups.class)
                    .restore(new ByteArrayInputStream(backup), BACKUP_PASSPHRASE.toCharArray(), false));
            assertThat(report.auditChain().problems()).isEmpty();
            // Before any read (reads are audited): the same payload, sealed values byte for byte.
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            var summary = Clearance.asSystem(() -> app.bean(Backups.class).backup(again, BACKUP_PASSPHRASE.toCharArray()));
            assertThat(summary.payloadSha256()).isEqualTo(report.restored().payloadSha256());
            assertReadsBackAndIsFound(app, marked);
        }
    }

    @Test
    void keyRotateOnPostgresAddsAColumnKeyAndRewrapsItAndEverythingStaysReadable() throws Exception {
        String[] database = PostgresDatabase.arguments("sealed_rotation");
        Map<String, Object> properties = properties(database);
        Path data = root.resolve("data");
        Path oldKey = root.resolve("keys/old.key");
        Path newKey = root.resolve("keys/new.key");
        Set<String> marked;
        try (Launcher.Running app = serve(data, oldKey, properties)) {
            marked = importMarkedDemoData(app);
            assertThat(app.bean(ColumnSeal.class).keys().size()).isOne();
        }
        Map<String, String> previous = new HashMap<>();
        try {
            properties.forEach((name, value) -> previous.put(name, System.setProperty(name, value.toString())));
            Cli.Run rotate = Cli.run("key", "rotate", "--new-key-file", newKey.toString(), "--key-file", oldKey.toString(),
                    "--data", data.toString());
            assertThat(rotate.exit()).as(rotate.err()).isZero();
            assertThat(rotate.out()).contains("Column keys rotated: 2 keys", "the old one no longer opens");
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
        assertThatThrownBy(() -> serve(data, oldKey, properties)).hasStackTraceContaining("does not open the database's column keys");
        try (Launcher.Running app = serve(data, newKey, properties)) {
            ColumnSeal seal = app.bean(ColumnSeal.class);
            assertThat(seal.keys().size()).isEqualTo(2);
            assertReadsBackAndIsFound(app, marked);
            assertThat(app.bean(AuditChainVerifier.class).verify().problems()).isEmpty();
            // New values under the new primary key; the old key still opens what it sealed.
            Api admin = admin(app);
            Api.Reply created = admin.post("/api/v1/persons", "{\"name\": \"QXC9999XQ after the rotation\", \"confidentiality\": \"CONFIDENTIAL\"}");
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(admin.get("/api/v1/persons/" + created.body().get("id").asText()).raw()).contains("QXC9999XQ after the rotation");
        }
    }

    private static Map<String, Object> properties(String[] arguments) {
        Map<String, Object> properties = new HashMap<>();
        for (String argument : arguments) {
            String[] pair = argument.substring(2).split("=", 2);
            if (!pair[0].equals("defensor.key-file")) {
                properties.put(pair[0], pair[1]);
            }
        }
        return properties;
    }

    private static Launcher.Running serve(Path data, Path key, Map<String, Object> database) {
        Map<String, Object> all = new HashMap<>(database);
        all.put("server.port", 0);
        all.put("defensor.key-file", key.toString());
        Launcher.Running server = Launcher.start(data, true, all);
        Accounts accounts = server.bean(Accounts.class);
        Clearance.asSystem(() -> {
            if (accounts.find("test-admin").isEmpty()) {
                accounts.create("test-admin", PASSWORD, Role.ADMIN);
            }
            return null;
        });
        return server;
    }

    private static Api admin(Launcher.Running app) {
        return Api.as(((WebServerApplicationContext) app.context()).getWebServer().getPort(), "test-admin", PASSWORD);
    }

    /** Imports the demo data levelled and marked; the markers it holds. */
    private Set<String> importMarkedDemoData(Launcher.Running app) throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(Files.readString(Path.of("samples/demo.json")));
        markers.levelDemoData(dataset);
        String text = JSON.writeValueAsString(dataset);
        Api.Reply imported = admin(app).post("/api/v1/dataset", text);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        return markersIn(text);
    }

    /** Every marker is in the export (read back through the entities, opened), and a search finds the records. */
    private static void assertReadsBackAndIsFound(Launcher.Running app, Set<String> marked) {
        Api admin = admin(app);
        Api.Reply export = admin.get("/api/v1/dataset");
        assertThat(export.status()).isEqualTo(200);
        Set<String> exported = markersIn(export.raw());
        assertThat(marked.stream().filter(m -> !exported.contains(m)).toList()).as("markers not read back").isEmpty();
        assertThat(export.raw()).doesNotContain(ColumnSeal.PREFIX);
        for (String marker : List.of(marked.stream().sorted().findFirst().orElseThrow(), "QXR0002XQ", "Sekerbayeva")) {
            Api.Reply found = admin.get("/api/v1/search?q=" + marker);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.body().get("total").asLong()).as("found by " + marker).isPositive();
        }
    }

    private static Set<String> markersIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The markers in every text value of every table, read by JDBC as stored. */
    private static Map<String, Set<String>> markersInTextColumns(JdbcTemplate jdbc) {
        Map<String, Set<String>> found = new java.util.TreeMap<>();
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from information_schema.columns"
                + " where table_schema = 'public' and data_type in ('character varying', 'text')");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            jdbc.query("select " + name + " from " + table, rs -> {
                String value = rs.getString(1);
                if (value != null) {
                    Set<String> inValue = markersIn(value);
                    if (!inValue.isEmpty()) {
                        found.computeIfAbsent(table + "." + name, k -> new TreeSet<>()).addAll(inValue);
                    }
                }
            });
        }
        return found;
    }

    private static Map<String, Set<String>> markersInFiles(Path folder) throws IOException {
        Map<String, Set<String>> found = new java.util.TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files.stream().filter(f -> f.toString().contains("pg_wal"))).isNotEmpty();
        for (Path file : files) {
            Set<String> inFile = markersIn(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            if (!inFile.isEmpty()) {
                found.put(folder.relativize(file).toString(), inFile.size() > 5 ? new TreeSet<>(new ArrayList<>(inFile).subList(0, 5)) : inFile);
            }
        }
        return found;
    }
}

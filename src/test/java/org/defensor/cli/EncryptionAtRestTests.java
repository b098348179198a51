package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.defensor.cli.Cli.Run;
import org.defensor.encryption.EmbeddedDatabase;
import org.defensor.encryption.EncryptionException;
import org.defensor.encryption.KeyRing;
import org.defensor.encryption.MasterKey;
import org.defensor.encryption.MasterKeys;
import org.defensor.encryption.PassphraseEncryption;
import org.defensor.encryption.PrivateFiles;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.defensor.support.Markers;
import org.defensor.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * Encryption at rest on the embedded default: a server on a data folder whose master key is in a
 * key file elsewhere, filled with the demo data whose CONFIDENTIAL and RESTRICTED records carry
 * markers in every prose field ({@code QXC0001XQ}, {@code QXR0002XQ}), then an export and backups;
 * no byte sequence of a marker is in any file under the data folder, nor in the export and backup
 * files, and everything there is readable by its owner only.
 */
class EncryptionAtRestTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct-horse-battery";
    private static final String PASSPHRASE = "a passphrase for exports and backups";
    /** A keyed id, a URL, an address, a code: not prose, left as the dataset has it (as in LeakTests). */

    private static final List<Pattern> MARKERS = List.of(Pattern.compile("QX[CR]\\d{4}XQ"),
            Pattern.compile("Q\\x00X\\x00[CR]\\x00(\\d\\x00){4}X\\x00Q"), Pattern.compile("\\x00Q\\x00X\\x00[CR](\\x00\\d){4}\\x00X\\x00Q"));

    @TempDir
    Path root;

    private Path data;
    private Path keyFile;
    private final Markers markers = new Markers();

    @BeforeEach
    void keyOutsideTheDataFolder() {
        data = root.resolve("data");
        keyFile = root.resolve("keys").resolve("master.key");
        MasterKeys.writeKeyFile(keyFile, MasterKey.generate());
    }

    @Test
    void noFileUnderTheDataFolderNorAnyExportOrBackupHoldsTextOfARestrictedOrConfidentialRecord() throws Exception {
        Path passphraseFile = root.resolve("passphrase.txt");
        Files.writeString(passphraseFile, PASSPHRASE + "\n");
        Path exported = data.resolve("exports").resolve("all.json");
        Path apiBackup = data.resolve("backups").resolve("api.backup");
        Path cliBackup = root.resolve("backups").resolve("cli.backup");

        try (Launcher.Running server = serve(keyFile)) {
            Api admin = Api.as(port(server), "test-admin", PASSWORD);
            Api.Reply imported = admin.post("/api/v1/dataset", JSON.writeValueAsString(markedDemoData()));
            assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
            assertThat(markers.count()).isGreaterThan(100);
            // The markers are in the database and the index: the server finds and shows them.
            assertThat(admin.get("/api/v1/search?q=QXC0001XQ").raw()).contains("QXC0001XQ");

            // While the server runs, too.
            assertOwnerOnly(data);
            Api.Download backup = admin.postForBytes("/api/v1/admin/backup", "{\"passphrase\": \"" + PASSPHRASE + "\"}");
            assertThat(backup.status()).isEqualTo(200);
            // Saved by the operator as the launcher script would (umask 077).
            PrivateFiles.folder(apiBackup.getParent());
            try (OutputStream out = PrivateFiles.newOutputStream(apiBackup)) {
                out.write(backup.bytes());
            }
        }
        PrivateFiles.folder(exported.getParent());

        Run export = Cli.run("export", "-o", exported.toString(), "--passphrase-file", passphraseFile.toString(),
                "--key-file", keyFile.toString(), "--data", data.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        PrivateFiles.folder(cliBackup.getParent());
        Run backup = Cli.run("backup", cliBackup.toString(), "--passphrase-file", passphraseFile.toString(),
                "--key-file", keyFile.toString(), "--data", data.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        Run plain = Cli.run("export", "-o", data.resolve("plain.json").toString(), "--unencrypted",
                "--key-file", keyFile.toString(), "--data", data.toString());
        assertThat(plain.exit()).isEqualTo(BadOptionException.EXIT);
        assertThat(plain.err()).contains("inside the data folder");

        List<Path> files = new ArrayList<>(filesUnder(data));
        files.add(cliBackup);
        assertThat(files).contains(exported, apiBackup, KeyRing.file(data), data.resolve("db").resolve("defensor.mv.db"));
        for (Path file : files) {
            // Read as bytes: a marker in UTF-8 (or ASCII), or in UTF-16 either way round.
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (Pattern marker : MARKERS) {
                assertThat(marker.matcher(bytes).find()).as(marker + " in " + root.relativize(file)).isFalse();
            }
        }
        // Nothing named after the index on disk: it lives in memory.
        assertThat(data.resolve("index")).doesNotExist();
        assertOwnerOnly(data);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(cliBackup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // The markers are where the search looked: the export's plaintext holds them, and the data opens again.
        try (InputStream in = PassphraseEncryption.decrypt(Files.newInputStream(exported), PASSPHRASE.toCharArray())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("QXC0001XQ", "QXR");
        }
        try (Launcher.Running again = serve(keyFile)) {
            assertThat(Api.as(port(again), "test-admin", PASSWORD).get("/api/v1/search?q=QXC0001XQ").raw()).contains("QXC0001XQ");
        }
    }

    @Test
    void withoutTheMasterKeyOrWithAnotherTheDataFolderIsRefusedSayingHowToGiveTheKey() throws Exception {
        try (Launcher.Running first = Launcher.start(data, false, Map.of("defensor.key-file", keyFile.toString()))) {
            assertThat(KeyRing.exists(data)).isTrue();
        }

        assertThat(refusal(Map.of())).isInstanceOf(EncryptionException.class).hasMessageContaining("No master key for the data in " + data.toAbsolutePath().normalize())
                .hasMessageContaining(MasterKeys.KEY_VARIABLE).hasMessageContaining("--key-file")
                .hasMessageContaining("defensor.key-file");
        Run cli = Cli.run("export", "--data", data.toString());
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.err()).contains("No master key", MasterKeys.KEY_VARIABLE, "--key-file");

        Path otherKey = root.resolve("other.key");
        MasterKeys.writeKeyFile(otherKey, MasterKey.generate());
        assertThat(refusal(Map.of("defensor.key-file", otherKey.toString()))).isInstanceOf(EncryptionException.class)
                .hasMessageContaining("the master key does not open").hasMessageContaining("wrong key or passphrase");
        Run wrong = Cli.run("export", "--key-file", otherKey.toString(), "--data", data.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("the master key does not open");

        // The key from the variable, where the launcher script's environment would give it.
        String key = Files.readString(keyFile).strip();
        KeyRing fromVariable = MasterKeys.open(data, new MasterKeys.Sources(Map.of(MasterKeys.KEY_VARIABLE, key), null, null));
        assertThat(fromVariable.keys()).hasSize(1);
        assertThatThrownBy(() -> MasterKeys.open(data, new MasterKeys.Sources(Map.of(MasterKeys.KEY_VARIABLE, "not a key"), null, null)))
                .isInstanceOf(EncryptionException.class).hasMessageContaining("Base64");
    }

    @Test
    void afterRotationTheOldMasterKeyIsRefusedAndTheNewOneOpensEverything() throws Exception {
        String before;
        try (Launcher.Running server = serve(keyFile)) {
            Api admin = Api.as(port(server), "test-admin", PASSWORD);
            assertThat(admin.post("/api/v1/dataset", JSON.writeValueAsString(markedDemoData())).status()).isEqualTo(200);
            before = withoutTiming(admin.get("/api/v1/search?q=QXC0001XQ").raw());
        }
        Path first = root.resolve("before.json");
        Run export = Cli.run("export", "-o", first.toString(), "--unencrypted", "--key-file", keyFile.toString(), "--data", data.toString());
        assertThat(export.exit()).as(export.err()).isZero();

        // Something the first data key encrypted, to read after two rotations.
        byte[] context = "test".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = MasterKeys.open(data, new MasterKeys.Sources(Map.of(), keyFile, null))
                .encrypt("sealed before rotation".getBytes(StandardCharsets.UTF_8), context);

        Path newKey = root.resolve("keys").resolve("new.key");
        Run rotate = Cli.run("key", "rotate", "--new-key-file", newKey.toString(), "--key-file", keyFile.toString(),
                "--data", data.toString());
        assertThat(rotate.exit()).as(rotate.err()).isZero();
        assertThat(rotate.out()).contains("2 data keys", "the old one no longer opens");
        assertThat(Files.getPosixFilePermissions(newKey)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Run old = Cli.run("export", "--key-file", keyFile.toString(), "--data", data.toString());
        assertThat(old.exit()).isEqualTo(1);
        assertThat(old.err()).contains("the master key does not open");

        Path second = root.resolve("after.json");
        Run again = Cli.run("export", "-o", second.toString(), "--unencrypted", "--key-file", newKey.toString(), "--data", data.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first)).contains("QXC0001XQ");
        try (Launcher.Running server = serve(newKey)) {
            assertThat(Api.as(port(server), "test-admin", PASSWORD).get("/api/v1/search?q=QXC0001XQ").raw()).satisfies(
                    found -> assertThat(withoutTiming(found)).isEqualTo(before));
        }

        // A second rotation, to a passphrase: the key file is refused, the passphrase opens the data.
        Path passphraseFile = root.resolve("new-passphrase.txt");
        Files.writeString(passphraseFile, "a new long master passphrase\n");
        Run toPassphrase = Cli.run("key", "rotate", "--new-passphrase-file", passphraseFile.toString(), "--key-file",
                newKey.toString(), "--data", data.toString());
        assertThat(toPassphrase.exit()).as(toPassphrase.err()).isZero();
        assertThat(toPassphrase.out()).contains("3 data keys");
        assertThatThrownBy(() -> MasterKeys.open(data, new MasterKeys.Sources(Map.of(), newKey, null)))
                .isInstanceOf(EncryptionException.class).hasMessageContaining("does not open");
        KeyRing byPassphrase = MasterKeys.open(data, new MasterKeys.Sources(
                Map.of(MasterKeys.PASSPHRASE_VARIABLE, "a new long master passphrase"), null, null));
        assertThat(byPassphrase.keys()).hasSize(3).filteredOn(KeyRing.DataKey::primary).hasSize(1);
        assertThat(new String(byPassphrase.decrypt(sealed, context), StandardCharsets.UTF_8)).isEqualTo("sealed before rotation");
        assertThatThrownBy(() -> MasterKeys.open(data, new MasterKeys.Sources(Map.of(), null, null)))
                .isInstanceOf(EncryptionException.class).hasMessageContaining(MasterKeys.PASSPHRASE_VARIABLE);

        Run unnamed = Cli.run("key", "rotate", "--data", data.toString());
        assertThat(unnamed.exit()).isEqualTo(2);
        assertThat(unnamed.err()).contains("--new-key-file", "--new-passphrase-file");

        Run refused = Cli.run("key", "rotate", "--new-key-file", data.resolve("inside.key").toString(), "--data", data.toString());
        assertThat(refused.exit()).isEqualTo(BadOptionException.EXIT);
        assertThat(refused.err()).contains("inside the data folder");
    }

    @Test
    void anExportToAFileIsEncryptedAndImportedWithItsPassphraseOnly() throws Exception {
        Path keyA = root.resolve("keys").resolve("a.key");
        Path a = root.resolve("a");
        Path b = root.resolve("b");
        Run imported = Cli.run("import", "samples/demo.json", "--key-file", keyA.toString(), "--data", a.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        // On a first start the key given but missing is made there, outside the data folder.
        assertThat(keyA).exists();

        Path passphraseFile = root.resolve("passphrase.txt");
        Files.writeString(passphraseFile, PASSPHRASE + "\n");
        Path exported = root.resolve("demo.export");
        Run export = Cli.run("export", "-o", exported.toString(), "--passphrase-file", passphraseFile.toString(),
                "--key-file", keyA.toString(), "--data", a.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("(encrypted)");
        assertThat(new String(Files.readAllBytes(exported), StandardCharsets.ISO_8859_1)).startsWith("DEFENSOR-ENC-v1")
                .doesNotContain("Zhanar", "Sekerbayeva", "defensor-dataset");
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Path wrongFile = root.resolve("wrong.txt");
        Files.writeString(wrongFile, "not the passphrase at all\n");
        Run wrong = Cli.run("import", exported.toString(), "--passphrase-file", wrongFile.toString(), "--data", b.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("wrong passphrase");
        Run right = Cli.run("import", exported.toString(), "--passphrase-file", passphraseFile.toString(), "--data", b.toString());
        assertThat(right.exit()).as(right.err()).isZero();
        assertThat(right.out()).containsPattern("Imported [1-9]\\d* incidents");

        Run same = Cli.run("key", "rotate", "--new-key-file", keyA.toString(), "--key-file", keyA.toString(), "--data", a.toString());
        assertThat(same.exit()).isEqualTo(1);
        assertThat(same.err()).contains("is the current one");
    }

    @Test
    void aDatabaseWrittenUnencryptedByAnEarlierVersionIsRefusedUntilEncryptedInPlace() throws Exception {
        // What a version before encryption at rest left: a plaintext H2 file and index files.
        Files.createDirectories(data.resolve("db"));
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.url(data, false), EmbeddedDatabase.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table note (text varchar(200))");
            statement.execute("insert into note values ('QXC0001XQ Almaty address')");
            statement.execute("SHUTDOWN");
        }
        Path oldIndex = data.resolve("index").resolve("incident");
        Files.createDirectories(oldIndex);
        Files.writeString(oldIndex.resolve("_0.cfs"), "QXC0002XQ");
        assertThat(Files.readString(data.resolve("db").resolve("defensor.mv.db"), StandardCharsets.ISO_8859_1)).contains("QXC0001XQ");

        assertThat(refusal(Map.of("defensor.key-file", keyFile.toString())))
                .hasMessageContaining("written unencrypted by an earlier version").hasMessageContaining("defensor key encrypt-database");

        Run encrypt = Cli.run("key", "encrypt-database", "--key-file", keyFile.toString(), "--data", data.toString());
        assertThat(encrypt.exit()).as(encrypt.err()).isZero();
        assertThat(encrypt.out()).contains("encrypted", "index files were removed");
        for (Path file : filesUnder(data)) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(MARKERS.get(0).matcher(bytes).find()).as(file.toString()).isFalse();
        }
        assertThat(data.resolve("index")).doesNotExist();
        assertThat(EmbeddedDatabase.isPlaintext(data)).isFalse();

        KeyRing keys = MasterKeys.open(data, new MasterKeys.Sources(Map.of(), keyFile, null));
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.url(data, true), EmbeddedDatabase.USER,
                keys.databasePasswords().h2Password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select text from note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("QXC0001XQ Almaty address");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(EmbeddedDatabase.url(data, false), EmbeddedDatabase.USER, "").close())
                .isInstanceOf(java.sql.SQLException.class);
    }

    /** Why the application did not start on the data folder: the innermost cause that is the encryption's refusal. */
    private Throwable refusal(Map<String, Object> properties) {
        try (Launcher.Running started = Launcher.start(data, false, properties)) {
            throw new AssertionError("started without the right master key");
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (!(cause instanceof EncryptionException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }

    private Launcher.Running serve(Path key) {
        Launcher.Running server = Launcher.start(data, true, Map.of("server.port", 0, "defensor.key-file", key.toString()));
        Accounts accounts = server.bean(Accounts.class);
        Clearance.asSystem(() -> {
            if (accounts.find("test-admin").isEmpty()) {
                accounts.create("test-admin", PASSWORD, Role.ADMIN);
            }
            return null;
        });
        return server;
    }

    private static String withoutTiming(String searchResult) {
        return searchResult.replaceAll("\"tookMillis\":\\d+", "");
    }

    private static int port(Launcher.Running server) {
        return ((WebServerApplicationContext) server.context()).getWebServer().getPort();
    }

    /** The demo data, two records in three CONFIDENTIAL or RESTRICTED with a marker in each prose field, persons' details too. */
    private ObjectNode markedDemoData() throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(Files.readString(Path.of("samples/demo.json")));
        markers.levelDemoData(dataset);
        return dataset;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static void assertOwnerOnly(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                if (!Files.exists(path)) {
                    continue;
                }
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

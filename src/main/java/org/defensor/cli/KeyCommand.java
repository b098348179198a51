package org.defensor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.defensor.encryption.ColumnKeys;
import org.defensor.encryption.ColumnKeyset;
import org.defensor.encryption.EmbeddedDatabase;
import org.defensor.encryption.KeyRing;
import org.defensor.encryption.MasterKey;
import org.defensor.encryption.MasterKeys;
import org.defensor.encryption.PassphraseKdf;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "key", description = "The keys that encrypt the data folder (docs/adr/011-encryption-at-rest.md).",
        subcommands = {KeyCommand.Rotate.class, KeyCommand.EncryptDatabase.class})
class KeyCommand {

    /** Where the new master key comes from: a key file (read, or made if missing) or a passphrase file. */
    static class NewMaster {
        @Option(names = "--new-key-file", paramLabel = "FILE", required = true,
                description = "The new master key file: read if it exists, else a new random key is written there (0600). "
                        + "Keep it outside the data folder.")
        Path keyFile;

        @Option(names = "--new-passphrase-file", paramLabel = "FILE", required = true,
                description = "Lock the data with the passphrase on the first line of FILE instead (Argon2id).")
        Path passphraseFile;
    }

    @Command(name = "rotate", description = {"Add a new primary data key (the database passwords are encrypted again under it) "
            + "and wrap the data keys with a new master key: the old master key no longer opens the data folder.",
            "With PostgreSQL (no keyset.json in the data folder), the same for the column keys kept in the database.",
            "Stop the server first. Destroy the old key file afterwards."})
    static class Rotate implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @ArgGroup(exclusive = true, multiplicity = "1")
        NewMaster next;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path folder = data.dataDir.toAbsolutePath().normalize();
            Path newKeyFile = next.keyFile;
            if (newKeyFile != null && newKeyFile.toAbsolutePath().normalize().startsWith(folder)) {
                throw new BadOptionException("--new-key-file", "is inside the data folder; keep the key elsewhere");
            }
            if (!KeyRing.exists(data.dataDir)) {
                return rotateColumnKeys(folder, newKeyFile);
            }
            try (AutoCloseable held = Launcher.holdOnly(data.dataDir)) {
                KeyRing keys = MasterKeys.open(data.dataDir, MasterKeys.Sources.of(data.keyFile()));
                MasterKey master = newKeyFile != null ? newKey(newKeyFile) : fromPassphraseFile(next.passphraseFile);
                KeyRing rotated = keys.rotateTo(master);
                PrintWriter out = spec.commandLine().getOut();
                KeyRing.DataKey primary = rotated.keys().stream().filter(KeyRing.DataKey::primary).findFirst().orElseThrow();
                out.println("Data keys rotated: " + rotated.keys().size() + " data keys, new primary " + primary.id() + ".");
                out.println("Master key is now " + (newKeyFile != null ? "the key file " + newKeyFile.toAbsolutePath().normalize()
                        : "the passphrase") + "; the old one no longer opens " + folder + ". Destroy the old key file.");
                return 0;
            }
        }

        /**
         * A data folder without keyset.json is one of a PostgreSQL installation: its keys are the column keys in the
         * database, opened by the application with the current master key, rotated there and wrapped by the new one.
         */
        private Integer rotateColumnKeys(Path folder, Path newKeyFile) {
            try (Launcher.Running app = Launcher.start(data, false, java.util.Map.of())) {
                MasterKey master = newKeyFile != null ? newKey(newKeyFile) : fromPassphraseFile(next.passphraseFile);
                ColumnKeys columnKeys = app.bean(ColumnKeys.class);
                ColumnKeyset rotated = columnKeys.rotateTo(master);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Column keys rotated: " + rotated.size() + " keys, new primary " + rotated.primaryId() + ".");
                out.println("Master key is now " + (newKeyFile != null ? "the key file " + newKeyFile.toAbsolutePath().normalize()
                        : "the passphrase") + "; the old one no longer opens the database's column keys (" + folder
                        + "). Destroy the old key file.");
                return 0;
            }
        }

        private static MasterKey newKey(Path file) {
            if (Files.exists(file)) {
                return MasterKeys.readKeyFile(file);
            }
            MasterKey key = MasterKey.generate();
            MasterKeys.writeKeyFile(file, key);
            return key;
        }

        private static MasterKey fromPassphraseFile(Path file) {
            char[] passphrase;
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String line = end < 0 ? text : text.substring(0, end);
                passphrase = (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
            } catch (IOException e) {
                throw new BadOptionException("--new-passphrase-file", "cannot read " + file + ": " + e.getMessage());
            }
            if (passphrase.length < 12) {
                throw new BadOptionException("--new-passphrase-file", "the passphrase must have at least 12 characters");
            }
            try {
                return MasterKey.fromPassphrase(passphrase, PassphraseKdf.withNewSalt());
            } finally {
                Arrays.fill(passphrase, ' ');
            }
        }
    }

    @Command(name = "encrypt-database", description = {"Encrypt a database written unencrypted by a version before encryption "
            + "at rest, in place, and remove its search index files (the index is now kept in memory).",
            "Stop the server and keep a copy of the data folder until it is done."})
    static class EncryptDatabase implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (AutoCloseable held = Launcher.holdOnly(data.dataDir)) {
                KeyRing keys = MasterKeys.openOrCreate(data.dataDir, MasterKeys.Sources.of(data.keyFile()),
                        spec.commandLine().getErr()::println);
                EmbeddedDatabase.encrypt(data.dataDir, keys);
                Path index = data.dataDir.resolve("index");
                boolean removed = Files.isDirectory(index);
                if (removed) {
                    BenchCommand.LetterBench.deleteTree(index);
                }
                spec.commandLine().getOut().println("Database in " + data.dataDir.toAbsolutePath().normalize() + " encrypted"
                        + (removed ? "; the unencrypted index files were removed" : "") + ".");
                return 0;
            }
        }
    }
}

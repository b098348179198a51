package org.defensor.encryption;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Finds the master key of a data folder, in this order: the variable {@value #KEY_VARIABLE} (Base64),
 * the key file given ({@code --key-file}, property {@code defensor.key-file}), the passphrase of a
 * keyset made with one ({@value #PASSPHRASE_VARIABLE}, or asked on the console), the default key
 * file next to the data folder ({@code <data>.key}). On a data folder's first start with none of
 * them, a new key is written to the key file (0600), outside the data folder.
 */
public final class MasterKeys {

    public static final String KEY_VARIABLE = "DEFENSOR_MASTER_KEY";
    public static final String PASSPHRASE_VARIABLE = "DEFENSOR_PASSPHRASE";

    /**
     * Where a master key may come from.
     *
     * @param environment the process's environment variables
     * @param keyFile the key file asked for, or null
     * @param prompt asks for a passphrase with the given question, or null where no one can answer
     */
    public record Sources(Map<String, String> environment, Path keyFile, Function<String, char[]> prompt) {

        /** This process's variables, and the console if there is one. */
        public static Sources of(Path keyFile) {
            Console console = System.console();
            return new Sources(System.getenv(), keyFile, console == null ? null : question -> console.readPassword("%s", question));
        }
    }

    private MasterKeys() {}

    /** The key file used when none is given: next to the data folder, never inside it. */
    public static Path defaultKeyFile(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        return folder.resolveSibling(folder.getFileName() + ".key");
    }

    /** The data keys of {@code dataDir}, made on its first start. {@code log} hears where a new key went (never the key). */
    public static KeyRing openOrCreate(Path dataDir, Sources sources, Consumer<String> log) {
        boolean exists = KeyRing.exists(dataDir);
        Optional<PassphraseKdf> kdf = exists ? KeyRing.passphraseKdf(dataDir) : Optional.empty();
        Optional<MasterKey> given = given(dataDir, sources, kdf, exists);
        if (exists) {
            MasterKey master = given.orElseThrow(() -> new EncryptionException(missing(dataDir, kdf.isPresent())));
            return KeyRing.open(dataDir, master);
        }
        MasterKey master = given.orElseGet(() -> generate(dataDir, sources, log));
        return KeyRing.create(dataDir, master);
    }

    /**
     * The master key of the column keys kept in a database ({@link ColumnKeyset}): {@code stored} is the
     * database's keyset row, or null before its first start. Without a row and without a key, a new key
     * is written to the key file, as on a data folder's first start; with a row, a missing key is refused.
     */
    public static MasterKey forColumnKeys(Path dataDir, Sources sources, String stored, Consumer<String> log) {
        boolean folderKeys = KeyRing.exists(dataDir);
        Optional<PassphraseKdf> kdf = stored != null ? ColumnKeyset.passphraseKdf(stored)
                : folderKeys ? KeyRing.passphraseKdf(dataDir) : Optional.empty();
        Optional<MasterKey> given = given(dataDir, sources, kdf, stored != null || folderKeys);
        if (stored != null || folderKeys) {
            return given.orElseThrow(() -> new EncryptionException(missing(dataDir, kdf.isPresent())));
        }
        return given.orElseGet(() -> generate(dataDir, sources, log));
    }

    private static MasterKey generate(Path dataDir, Sources sources, Consumer<String> log) {
        Path keyFile = sources.keyFile() != null ? sources.keyFile() : defaultKeyFile(dataDir);
        MasterKey generated = MasterKey.generate();
        writeKeyFile(keyFile, generated);
        log.accept("New master key written to " + keyFile.toAbsolutePath().normalize() + " (readable by this user only). "
                + "Keep a copy somewhere safe: without it the data in " + dataDir.toAbsolutePath().normalize()
                + " cannot be read.");
        return generated;
    }

    /** The data keys of a data folder that has them; refuses a missing or wrong master key, saying how to give it. */
    public static KeyRing open(Path dataDir, Sources sources) {
        if (!KeyRing.exists(dataDir)) {
            throw new EncryptionException("No data keys in " + dataDir.toAbsolutePath().normalize() + " (" + KeyRing.FILE_NAME
                    + " is missing): is it a Defensor data folder?");
        }
        Optional<PassphraseKdf> kdf = KeyRing.passphraseKdf(dataDir);
        MasterKey master = given(dataDir, sources, kdf, true).orElseThrow(() -> new EncryptionException(missing(dataDir, kdf.isPresent())));
        return KeyRing.open(dataDir, master);
    }

    /** The master key named by {@code sources} for a keyset made with {@code kdf} (empty: a random key). */
    public static Optional<MasterKey> given(Path dataDir, Sources sources, Optional<PassphraseKdf> kdf, boolean keysetExists) {
        String variable = sources.environment().get(KEY_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Optional.of(MasterKey.fromBase64(variable));
        }
        if (sources.keyFile() != null && Files.exists(sources.keyFile())) {
            return Optional.of(readKeyFile(sources.keyFile()));
        }
        String passphrase = sources.environment().get(PASSPHRASE_VARIABLE);
        if (kdf.isPresent() || (!keysetExists && passphrase != null && !passphrase.isEmpty() && sources.keyFile() == null)) {
            PassphraseKdf parameters = kdf.orElseGet(PassphraseKdf::withNewSalt);
            char[] chars = passphrase != null && !passphrase.isEmpty() ? passphrase.toCharArray() : ask(dataDir, sources);
            return chars == null ? Optional.empty() : Optional.of(MasterKey.fromPassphrase(chars, parameters));
        }
        if (sources.keyFile() == null && Files.exists(defaultKeyFile(dataDir))) {
            return Optional.of(readKeyFile(defaultKeyFile(dataDir)));
        }
        return Optional.empty();
    }

    /** Writes a key file, 0600, refusing to overwrite one. */
    public static void writeKeyFile(Path keyFile, MasterKey key) {
        if (Files.exists(keyFile)) {
            throw new EncryptionException(keyFile + " already exists; it is not replaced");
        }
        Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            PrivateFiles.folder(parent);
        }
        try (OutputStream out = PrivateFiles.newOutputStream(keyFile)) {
            out.write((key.toBase64() + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** The key in a key file (Base64 on its first line). */
    public static MasterKey readKeyFile(Path keyFile) {
        try {
            return MasterKey.fromBase64(Files.readString(keyFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new EncryptionException("cannot read the key file " + keyFile + ": " + e.getMessage(), e);
        } catch (EncryptionException e) {
            throw new EncryptionException("the key file " + keyFile + " is not a key: " + e.getMessage(), e);
        }
    }

    private static char[] ask(Path dataDir, Sources sources) {
        return sources.prompt() == null ? null : sources.prompt().apply("Passphrase for " + dataDir.toAbsolutePath().normalize() + ": ");
    }

    private static String missing(Path dataDir, boolean passphrase) {
        Path folder = dataDir.toAbsolutePath().normalize();
        return passphrase
                ? "The data in " + folder + " is locked with a passphrase: set " + PASSPHRASE_VARIABLE + " or start it on a console."
                : "No master key for the data in " + folder + ": set " + KEY_VARIABLE + ", give --key-file FILE "
                        + "(or the property defensor.key-file), or put the key file back at " + defaultKeyFile(dataDir) + ".";
    }
}

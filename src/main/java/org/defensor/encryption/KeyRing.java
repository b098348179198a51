package org.defensor.encryption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The data keys of a data folder: a Tink keyset of AES-256-GCM keys, stored in the data folder
 * ({@value #FILE_NAME}) encrypted by the master key, which is kept elsewhere. The embedded
 * database's passwords are stored under the data keys. Rotation adds a new primary key and keeps
 * the old ones, so what they encrypted stays readable; changing the master key re-wraps the keyset
 * and nothing else.
 */
public final class KeyRing {

    public static final String FILE_NAME = "keyset.json";
    private static final byte[] KEYSET_CONTEXT = "defensor-keyset".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DATABASE_CONTEXT = "defensor-database-passwords".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What {@value #FILE_NAME} holds; the keyset and the passwords are ciphertext. */
    record Stored(String format, int formatVersion, StoredMaster master, String dataKeys, String database) {}

    /** How the master key is given: {@code key} (random, from a variable or a key file) or {@code passphrase}. */
    record StoredMaster(String kind, String salt, Integer memoryKiB, Integer iterations, Integer parallelism) {}

    /** One data key: Tink's id, whether it encrypts new data (primary). */
    public record DataKey(int id, boolean primary) {}

    private final Path file;
    private final MasterKey master;
    private final KeysetHandle keys;
    private final DatabasePasswords database;

    private KeyRing(Path file, MasterKey master, KeysetHandle keys, DatabasePasswords database) {
        this.file = file;
        this.master = master;
        this.keys = keys;
        this.database = database;
    }

    /** Where a data folder keeps its wrapped keyset. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(file(dataDir));
    }

    /** New data keys and database passwords for a data folder, wrapped by {@code master}. */
    public static KeyRing create(Path dataDir, MasterKey master) {
        if (exists(dataDir)) {
            throw new EncryptionException(file(dataDir) + " already exists");
        }
        try {
            KeysetHandle keys = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            KeyRing ring = new KeyRing(file(dataDir), master, keys, DatabasePasswords.generate());
            ring.save();
            return ring;
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot make data keys: " + e.getMessage(), e);
        }
    }

    /** The parameters the keyset's passphrase is derived with, when its master key is a passphrase. */
    public static Optional<PassphraseKdf> passphraseKdf(Path dataDir) {
        StoredMaster master = read(file(dataDir)).master();
        if (!"passphrase".equals(master.kind())) {
            return Optional.empty();
        }
        return Optional.of(new PassphraseKdf(Base64.getDecoder().decode(master.salt()), master.memoryKiB(), master.iterations(),
                master.parallelism()));
    }

    /** The data keys of a data folder; refuses a wrong master key. */
    public static KeyRing open(Path dataDir, MasterKey master) {
        Path file = file(dataDir);
        Stored stored = read(file);
        try {
            KeysetHandle keys = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(stored.dataKeys(), master.aead(), KEYSET_CONTEXT);
            byte[] plain = aead(keys).decrypt(Base64.getDecoder().decode(stored.database()), DATABASE_CONTEXT);
            DatabasePasswords database = JSON.readValue(plain, DatabasePasswords.class);
            return new KeyRing(file, master, keys, database);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("the master key does not open " + file + ": wrong key or passphrase, or a damaged file", e);
        } catch (IOException e) {
            throw new EncryptionException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    public DatabasePasswords databasePasswords() {
        return database;
    }

    /** The data keys, oldest first. */
    public List<DataKey> keys() {
        List<DataKey> all = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            KeysetHandle.Entry entry = keys.getAt(i);
            all.add(new DataKey(entry.getId(), entry.isPrimary()));
        }
        return all;
    }

    /**
     * Adds a new primary data key; the old ones stay, so what they encrypted stays readable. With
     * {@code reencrypt}, what this keyset encrypts itself (the database passwords) is encrypted
     * again under the new key.
     */
    public KeyRing rotate(boolean reencrypt) {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keys);
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
                    .setStatus(KeyStatus.ENABLED).makePrimary());
            KeyRing rotated = new KeyRing(file, master, builder.build(), database);
            rotated.save(reencrypt ? null : read(file).database());
            return rotated;
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot add a data key: " + e.getMessage(), e);
        }
    }

    /** The same keys with new database passwords (after the database was re-encrypted with them). */
    public KeyRing withDatabasePasswords(DatabasePasswords passwords) {
        KeyRing changed = new KeyRing(file, master, keys, passwords);
        changed.save();
        return changed;
    }

    /** New database passwords, not yet saved: to re-encrypt the database with, then {@link #withDatabasePasswords}. */
    public static DatabasePasswords newDatabasePasswords() {
        return DatabasePasswords.generate();
    }

    /**
     * Rotation: a new primary data key (the database passwords encrypted again under it), then the
     * data keys wrapped by {@code newMaster}. Each step is one atomic write of the keyset file: a crash
     * between the two leaves the new data key under the old master key, which still opens it.
     */
    public KeyRing rotateTo(MasterKey newMaster) {
        if (newMaster.sameKeyAs(master)) {
            throw new EncryptionException("the new master key is the current one; give another key file or passphrase");
        }
        return rotate(true).changeMaster(newMaster);
    }

    /** Wraps the same data keys with {@code newMaster}; the old master key no longer opens them. */
    public KeyRing changeMaster(MasterKey newMaster) {
        KeyRing changed = new KeyRing(file, newMaster, keys, database);
        changed.save(read(file).database());
        return changed;
    }

    /** Encrypts with the primary data key; {@code context} must be given again to decrypt. */
    public byte[] encrypt(byte[] plaintext, byte[] context) {
        try {
            return aead(keys).encrypt(plaintext, context);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot encrypt: " + e.getMessage(), e);
        }
    }

    /** Decrypts what any data key of this keyset encrypted. */
    public byte[] decrypt(byte[] ciphertext, byte[] context) {
        try {
            return aead(keys).decrypt(ciphertext, context);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("no data key decrypts this: wrong keyset or damaged data", e);
        }
    }

    private void save() {
        save(null);
    }

    /** Writes the keyset; {@code keptDatabase} keeps the stored ciphertext of the passwords, else it is made again. */
    private void save(String keptDatabase) {
        try {
            String database = keptDatabase != null ? keptDatabase
                    : Base64.getEncoder().encodeToString(aead(keys).encrypt(JSON.writeValueAsBytes(this.database), DATABASE_CONTEXT));
            StoredMaster storedMaster = master.passphraseKdf()
                    .map(k -> new StoredMaster("passphrase", Base64.getEncoder().encodeToString(k.salt()), k.memoryKiB(),
                            k.iterations(), k.parallelism()))
                    .orElse(new StoredMaster("key", null, null, null, null));
            String dataKeys = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keys, master.aead(), KEYSET_CONTEXT);
            Stored stored = new Stored("defensor-keyset", 1, storedMaster, dataKeys, database);
            PrivateFiles.writeAtomically(file, JSON.writeValueAsBytes(stored));
        } catch (GeneralSecurityException | IOException e) {
            throw new EncryptionException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Stored read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Stored.class);
        } catch (IOException e) {
            throw new EncryptionException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Aead aead(KeysetHandle keys) throws GeneralSecurityException {
        return keys.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    @Override
    public String toString() {
        return "KeyRing(" + file + ", " + keys.size() + " data keys)";
    }
}

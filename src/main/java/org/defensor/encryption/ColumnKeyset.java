package org.defensor.encryption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * The keys that seal database columns ({@link ColumnSeal}): a Tink keyset of AES-256-GCM keys, kept in
 * the database itself (one row, so that a backup carries it) encrypted by the master key. Rotation adds a
 * new primary key and keeps the old ones, so sealed values never need rewriting.
 */
public final class ColumnKeyset {

    static final String FORMAT = "defensor-column-keyset";
    private static final byte[] CONTEXT = "defensor-column-keyset".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What the database row holds: the wrapped keyset and how the master key is given. */
    record Stored(String format, int formatVersion, KeyRing.StoredMaster master, String keys) {}

    private final KeysetHandle keys;
    private final Aead aead;

    private ColumnKeyset(KeysetHandle keys) {
        this.keys = keys;
        try {
            this.aead = keys.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** A new keyset of one AES-256-GCM key. */
    public static ColumnKeyset generate() {
        try {
            return new ColumnKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot make column keys: " + e.getMessage(), e);
        }
    }

    /** The stored form, wrapped by {@code master}. */
    public String wrap(MasterKey master) {
        try {
            KeyRing.StoredMaster storedMaster = master.passphraseKdf()
                    .map(k -> new KeyRing.StoredMaster("passphrase", Base64.getEncoder().encodeToString(k.salt()), k.memoryKiB(),
                            k.iterations(), k.parallelism()))
                    .orElse(new KeyRing.StoredMaster("key", null, null, null, null));
            String wrapped = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keys, master.aead(), CONTEXT);
            return JSON.writeValueAsString(new Stored(FORMAT, 1, storedMaster, wrapped));
        } catch (GeneralSecurityException | IOException e) {
            throw new EncryptionException("cannot wrap the column keys: " + e.getMessage(), e);
        }
    }

    /** The keyset of a stored row; refuses a master key that does not open it, saying so. */
    public static ColumnKeyset unwrap(String stored, MasterKey master) {
        Stored row = read(stored);
        try {
            return new ColumnKeyset(TinkJsonProtoKeysetFormat.parseEncryptedKeyset(row.keys(), master.aead(), CONTEXT));
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("the master key does not open the database's column keys: wrong key or passphrase, "
                    + "or a damaged keyset row", e);
        }
    }

    /** The passphrase parameters a stored row was wrapped with, when its master key is a passphrase. */
    public static Optional<PassphraseKdf> passphraseKdf(String stored) {
        KeyRing.StoredMaster master = read(stored).master();
        if (master == null || !"passphrase".equals(master.kind())) {
            return Optional.empty();
        }
        return Optional.of(new PassphraseKdf(Base64.getDecoder().decode(master.salt()), master.memoryKiB(), master.iterations(),
                master.parallelism()));
    }

    private static Stored read(String stored) {
        try {
            Stored row = JSON.readValue(stored, Stored.class);
            if (!FORMAT.equals(row.format())) {
                throw new EncryptionException("the database's column keyset row is not a " + FORMAT);
            }
            return row;
        } catch (IOException e) {
            throw new EncryptionException("the database's column keyset row is damaged: " + e.getMessage(), e);
        }
    }

    /** The same keys and a new primary one; the old keys still open what they sealed. */
    public ColumnKeyset rotate() {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keys);
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
                    .setStatus(KeyStatus.ENABLED).makePrimary());
            return new ColumnKeyset(builder.build());
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot add a column key: " + e.getMessage(), e);
        }
    }

    /** How many keys, the primary one included. */
    public int size() {
        return keys.size();
    }

    /** The id of the key that seals new values. */
    public int primaryId() {
        return keys.getPrimary().getId();
    }

    /** The primitive, made once: sealing a value parses nothing. */
    Aead aead() {
        return aead;
    }

    @Override
    public String toString() {
        return "ColumnKeyset(" + keys.size() + " keys, primary " + primaryId() + ")";
    }
}

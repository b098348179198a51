package org.defensor.encryption;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The key that wraps the data keys, never stored in the data folder: 32 random bytes (from
 * {@code DEFENSOR_MASTER_KEY} or a key file, in Base64) or derived from a passphrase.
 */
public final class MasterKey {

    private final byte[] key;
    private final PassphraseKdf kdf;

    private MasterKey(byte[] key, PassphraseKdf kdf) {
        if (key.length != 32) {
            throw new EncryptionException("a master key is 32 bytes in Base64 (44 characters); this one has " + key.length
                    + " bytes. Make one with: head -c 32 /dev/urandom | base64");
        }
        this.key = key.clone();
        this.kdf = kdf;
    }

    /** A new random key. */
    public static MasterKey generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new MasterKey(key, null);
    }

    /** A key written in Base64 (surrounding white space ignored). */
    public static MasterKey fromBase64(String text) {
        try {
            return new MasterKey(Base64.getDecoder().decode(text.strip()), null);
        } catch (IllegalArgumentException e) {
            throw new EncryptionException("the master key is not Base64. Make one with: head -c 32 /dev/urandom | base64");
        }
    }

    /** The key a passphrase gives with these parameters. */
    public static MasterKey fromPassphrase(char[] passphrase, PassphraseKdf kdf) {
        return new MasterKey(kdf.derive(passphrase), kdf);
    }

    /** The parameters to derive this key again from its passphrase; empty for a random key. */
    public Optional<PassphraseKdf> passphraseKdf() {
        return Optional.ofNullable(kdf);
    }

    /** The key in Base64, to write to a key file. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    /** Whether {@code other} is the same key (however it was given). */
    public boolean sameKeyAs(MasterKey other) {
        return java.security.MessageDigest.isEqual(key, other.key);
    }

    Aead aead() {
        try {
            return new AesGcmJce(key);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kdf == null ? "MasterKey(random)" : "MasterKey(passphrase, " + kdf + ")";
    }
}

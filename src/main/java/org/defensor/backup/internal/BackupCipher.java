package org.defensor.backup.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.util.SecretBytes;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.defensor.backup.BackupException;

/**
 * The encryption of a backup file, all in one place: a 256-bit key derived from the passphrase with
 * Argon2id (memory-hard; BouncyCastle), and the payload encrypted with Tink's streaming AEAD
 * AES256-GCM-HKDF in 1 MiB segments, each authenticated, so that a wrong passphrase, an altered
 * byte or a truncated file is detected.
 *
 * <p>File layout: the magic line, then the header (format version, Argon2id memory in KiB,
 * iterations, parallelism, 16-byte salt, 16-byte passphrase check), then the ciphertext. The header
 * is the ciphertext's associated data: changing any of it fails decryption too. The passphrase
 * check (HMAC-SHA256 of a constant under the derived key) only tells "wrong passphrase" apart from
 * "altered file"; it is keyed by a second half of Argon2id's output, never by the encryption key, and
 * gives an attacker nothing a trial decryption would not.
 */
public final class BackupCipher {

    private static final byte[] MAGIC = "DEFENSOR-BACKUP\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int KEY_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int CHECK_BYTES = 16;
    /** Argon2id with 64 MiB, 3 passes, one lane: OWASP's recommended minimum is 19 MiB and 2 passes. */
    private static final int MEMORY_KIB = 64 * 1024;
    private static final int ITERATIONS = 3;
    private static final int PARALLELISM = 1;
    private static final int SEGMENT_BYTES = 1 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCipher() {}

    /** Writes the header to {@code file} and returns the stream that encrypts what is written to it. */
    public static OutputStream encrypting(OutputStream file, char[] passphrase) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] keys = derive(passphrase, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        try {
            byte[] header = header(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, check(keys));
            file.write(header);
            return aead(keys).newEncryptingStream(file, header);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the backup cipher is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(keys, (byte) 0);
        }
    }

    /**
     * Reads the header from {@code file} and returns the stream of the decrypted payload. A wrong
     * passphrase is refused here; an altered or truncated file fails on reading the part concerned.
     */
    public static InputStream decrypting(InputStream file, char[] passphrase) throws IOException {
        DataInputStream in = new DataInputStream(file);
        byte[] magic = new byte[MAGIC.length];
        int memory;
        int iterations;
        int parallelism;
        byte[] salt = new byte[SALT_BYTES];
        byte[] check = new byte[CHECK_BYTES];
        try {
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupException("not a Defensor backup file");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new BackupException("backup file format " + format + " is not supported (this version reads " + FORMAT + ")");
            }
            memory = in.readInt();
            iterations = in.readInt();
            parallelism = in.readInt();
            in.readFully(salt);
            in.readFully(check);
        } catch (EOFException e) {
            throw new BackupException("not a Defensor backup file (too short)");
        }
        if (memory < 8 || memory > 4 * 1024 * 1024 || iterations < 1 || iterations > 100 || parallelism < 1 || parallelism > 64) {
            throw new BackupException("the backup file's key derivation parameters are out of range: the file is damaged");
        }
        byte[] keys = derive(passphrase, salt, memory, iterations, parallelism);
        try {
            if (!MessageDigest.isEqual(check, check(keys))) {
                throw new BackupException("wrong passphrase for this backup file");
            }
            return aead(keys).newDecryptingStream(in, header(memory, iterations, parallelism, salt, check));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the backup cipher is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(keys, (byte) 0);
        }
    }

    private static byte[] header(int memory, int iterations, int parallelism, byte[] salt, byte[] check) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(memory);
            out.writeInt(iterations);
            out.writeInt(parallelism);
            out.write(salt);
            out.write(check);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 64 bytes: the encryption key, then the key of the passphrase check. */
    private static byte[] derive(char[] passphrase, byte[] salt, int memory, int iterations, int parallelism) {
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memory).withIterations(iterations).withParallelism(parallelism).build());
        byte[] keys = new byte[2 * KEY_BYTES];
        argon2.generateBytes(passphrase, keys);
        return keys;
    }

    private static byte[] check(byte[] keys) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keys, KEY_BYTES, KEY_BYTES, "HmacSHA256"));
        return Arrays.copyOf(mac.doFinal("defensor backup passphrase check".getBytes(StandardCharsets.US_ASCII)), CHECK_BYTES);
    }

    private static StreamingAead aead(byte[] keys) throws GeneralSecurityException {
        AesGcmHkdfStreamingParameters parameters = AesGcmHkdfStreamingParameters.builder()
                .setKeySizeBytes(KEY_BYTES)
                .setDerivedAesGcmKeySizeBytes(KEY_BYTES)
                .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                .setCiphertextSegmentSizeBytes(SEGMENT_BYTES)
                .build();
        return AesGcmHkdfStreaming.create(
                AesGcmHkdfStreamingKey.create(parameters,
                        SecretBytes.copyFrom(Arrays.copyOf(keys, KEY_BYTES), InsecureSecretKeyAccess.get())));
    }
}

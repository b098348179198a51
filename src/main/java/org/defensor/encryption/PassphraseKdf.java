package org.defensor.encryption;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (memory-hard) turning a passphrase into a 32-byte key: the salt and costs are stored
 * next to what the key protects, so the same passphrase gives the same key.
 */
public record PassphraseKdf(byte[] salt, int memoryKiB, int iterations, int parallelism) {

    /** 64 MiB, 3 passes, 1 lane: about a third of a second on one core. */
    public static PassphraseKdf withNewSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new PassphraseKdf(salt, 64 * 1024, 3, 1);
    }

    public PassphraseKdf {
        if (salt.length < 16 || memoryKiB < 8 * 1024 || iterations < 1 || parallelism < 1) {
            throw new EncryptionException("the passphrase parameters are too weak or damaged");
        }
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** The 32-byte key for {@code passphrase}; refuses an empty one. */
    public byte[] derive(char[] passphrase) {
        if (passphrase.length == 0) {
            throw new EncryptionException("the passphrase is empty");
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKiB).withIterations(iterations).withParallelism(parallelism).build());
        byte[] key = new byte[32];
        generator.generateBytes(passphrase, key);
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PassphraseKdf k && Arrays.equals(salt, k.salt) && memoryKiB == k.memoryKiB
                && iterations == k.iterations && parallelism == k.parallelism;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt) * 31 + memoryKiB + iterations + parallelism;
    }

    @Override
    public String toString() {
        return "Argon2id(m=" + memoryKiB + "KiB, t=" + iterations + ", p=" + parallelism + ")";
    }
}

package org.defensor.encryption;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * A file encrypted with a passphrase, for what leaves the data folder (exports, backups): a header
 * (format name, Argon2id salt and costs), then Tink's streaming AEAD (AES-256-GCM with HKDF, 1 MiB
 * segments) authenticated together with the header. Any change to the file, and a wrong passphrase,
 * fail on reading.
 */
public final class PassphraseEncryption {

    private static final byte[] MAGIC = "DEFENSOR-ENC-v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int HEADER = MAGIC.length + SALT + 3 * Integer.BYTES;
    private static final int SEGMENT = 1 << 20;

    private PassphraseEncryption() {}

    /** A stream that encrypts what is written to it into {@code out}; close it to finish the file. */
    public static OutputStream encrypt(OutputStream out, char[] passphrase) throws IOException {
        PassphraseKdf kdf = PassphraseKdf.withNewSalt();
        byte[] header = ByteBuffer.allocate(HEADER).put(MAGIC).put(kdf.salt()).putInt(kdf.memoryKiB()).putInt(kdf.iterations())
                .putInt(kdf.parallelism()).array();
        out.write(header);
        try {
            return streaming(kdf.derive(passphrase)).newEncryptingStream(out, header);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot encrypt: " + e.getMessage(), e);
        }
    }

    /** The plaintext of a stream written by {@link #encrypt}; a wrong passphrase or a changed byte fails on reading. */
    public static InputStream decrypt(InputStream in, char[] passphrase) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        if (!isEncrypted(header)) {
            throw new EncryptionException("not a file encrypted by Defensor");
        }
        ByteBuffer fields = ByteBuffer.wrap(header, MAGIC.length, HEADER - MAGIC.length);
        byte[] salt = new byte[SALT];
        fields.get(salt);
        PassphraseKdf kdf = new PassphraseKdf(salt, fields.getInt(), fields.getInt(), fields.getInt());
        try {
            return new FailsClearly(streaming(kdf.derive(passphrase)).newDecryptingStream(in, header));
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot decrypt: " + e.getMessage(), e);
        }
    }

    /** Whether {@code in} starts like a file written by {@link #encrypt}; reads nothing from it. */
    public static boolean isEncrypted(BufferedInputStream in) throws IOException {
        in.mark(MAGIC.length);
        byte[] start = in.readNBytes(MAGIC.length);
        in.reset();
        return isEncrypted(start);
    }

    private static boolean isEncrypted(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static AesGcmHkdfStreaming streaming(byte[] key) throws GeneralSecurityException {
        return new AesGcmHkdfStreaming(key, "HmacSha256", 32, SEGMENT, 0);
    }

    /** Says what a failed authentication means, instead of Tink's internal wording. */
    private static final class FailsClearly extends FilterInputStream {
        FailsClearly(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw clear(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw clear(e);
            }
        }

        private static IOException clear(IOException e) {
            // Without Tink's exception as the cause: the command line prints the innermost message.
            return new IOException("cannot decrypt: wrong passphrase, or the file was changed or cut short");
        }
    }
}

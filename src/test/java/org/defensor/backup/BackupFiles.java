package org.defensor.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.defensor.backup.internal.BackupCipher;

/** What tests do with backup files: read their payload, and write a file around a payload of their own. */
final class BackupFiles {

    private BackupFiles() {}

    static byte[] payload(byte[] file, String passphrase) throws IOException {
        try (InputStream in = new InflaterInputStream(BackupCipher.decrypting(new ByteArrayInputStream(file), passphrase.toCharArray()))) {
            return in.readAllBytes();
        }
    }

    static byte[] file(byte[] payload, String passphrase) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        OutputStream encrypted = BackupCipher.encrypting(file, passphrase.toCharArray());
        DeflaterOutputStream deflated = new DeflaterOutputStream(encrypted);
        deflated.write(payload);
        deflated.finish();
        encrypted.close();
        return file.toByteArray();
    }
}

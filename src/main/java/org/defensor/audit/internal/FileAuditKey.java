package org.defensor.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.defensor.audit.AuditKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The chain's key from {@code DEFENSOR_AUDIT_KEY} ({@code defensor.audit.key}), else from a key file
 * beside the data folder ({@code defensor.audit.key-file}, default {@code <data folder>.audit-key}),
 * created 0600 with 32 random bytes at first start. Never logged.
 */
@Component
class FileAuditKey implements AuditKey {

    private final String configured;
    private final Path file;
    private byte[] secret;

    FileAuditKey(@Value("${defensor.audit.key:}") String configured,
                 @Value("${defensor.audit.key-file:${defensor.data-dir}.audit-key}") Path file) {
        this.configured = configured;
        this.file = file.toAbsolutePath().normalize();
    }

    @Override
    public synchronized byte[] secret() {
        if (secret == null) {
            secret = configured.isBlank() ? readOrCreate() : sha256(configured.getBytes(StandardCharsets.UTF_8));
        }
        return secret.clone();
    }

    @Override
    public synchronized void adopt(byte[] restored) {
        if (Arrays.equals(secret(), restored)) {
            return;
        }
        if (!configured.isBlank()) {
            throw new IllegalStateException("the backup's audit chain was written with another audit key than DEFENSOR_AUDIT_KEY:"
                    + " unset DEFENSOR_AUDIT_KEY to take the backup's key, or restore with the key it was made with");
        }
        try {
            write(restored, true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the audit key file " + file + " (defensor.audit.key-file): " + e.getMessage(), e);
        }
        secret = restored.clone();
    }

    @Override
    public boolean replaceable(byte[] restored) {
        return configured.isBlank() || Arrays.equals(secret(), restored);
    }

    private byte[] readOrCreate() {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            write(fresh, false);
            return fresh;
        } catch (FileAlreadyExistsException raced) {
            return readOrCreate();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the audit key file " + file + " (defensor.audit.key-file): " + e.getMessage(), e);
        }
    }

    private void write(byte[] key, boolean replace) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".audit-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        if (replace) {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try {
            Files.createLink(file, temp); // fails if another start created it first
        } finally {
            Files.delete(temp);
        }
    }

    private static byte[] sha256(byte[] text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

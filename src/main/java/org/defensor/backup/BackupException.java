package org.defensor.backup;

/**
 * A backup that cannot be read or restored, for a reason the user can act on: not a backup file,
 * wrong passphrase, a file altered or cut short, a different schema version. Nothing was restored.
 */
public class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.defensor.backup;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Backup and restore of everything Defensor keeps: every row of every table of the schema (records,
 * communications, audit trail, accounts and tokens, templates, mandates, and whatever a later
 * migration adds), and the stored files under the data folder's {@code documents/}, encrypted with a
 * passphrase. A backup restored and backed up again has the same payload.
 */
public interface Backups {

    /** A backup's passphrase is all that protects everything in it. */
    int MINIMUM_PASSPHRASE = 12;

    /** Refuses a passphrase too short to protect a new backup. */
    static void checkNewPassphrase(char[] passphrase) {
        if (passphrase.length < MINIMUM_PASSPHRASE) {
            throw new BackupException("passphrase: has " + passphrase.length + " characters; a backup needs at least "
                    + MINIMUM_PASSPHRASE);
        }
    }

    /**
     * Writes an encrypted backup of a consistent snapshot to {@code file}.
     *
     * @throws BackupException if the passphrase is shorter than {@link #MINIMUM_PASSPHRASE}
     */
    BackupSummary backup(OutputStream file, char[] passphrase);

    /**
     * Replaces the whole database and the stored files with the backup's, in one transaction (a wrong
     * passphrase, an altered file or another schema version changes nothing), then rebuilds the search
     * index and verifies the audit chain.
     *
     * @param replace whether a database that already holds data may be replaced
     * @throws DatabaseNotEmptyException if it holds data and {@code replace} is false
     * @throws BackupException if the file cannot be restored
     */
    RestoreReport restore(InputStream file, char[] passphrase, boolean replace);

    /**
     * Records in the audit trail a backup or restore asked for over the API ({@code action} "backup" or
     * "restore"), with what it carried. The command line's are not recorded: whoever runs it holds the
     * data folder itself, and a backup restored and backed up again stays identical.
     */
    void audit(String action, BackupSummary summary);
}

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

    /** Writes an encrypted backup of a consistent snapshot to {@code file}. */
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
}

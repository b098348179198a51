package org.defensor.backup;

import java.util.List;

/**
 * What a backup holds: the Flyway schema version it was taken at, the rows of each table, the stored
 * files, and the SHA-256 of the decrypted payload (equal for two backups of the same data, whatever
 * their passphrase, salt and nonces).
 */
public record BackupSummary(String schemaVersion, List<TableRows> tables, int files, String payloadSha256) {

    public BackupSummary {
        tables = List.copyOf(tables);
    }

    /** The rows of one table. */
    public record TableRows(String table, long rows) {}

    public long rows() {
        return tables.stream().mapToLong(TableRows::rows).sum();
    }

    /** One line for a person: "schema 7: 42 tables, 1234 rows, 3 files; payload SHA-256 ab12...". */
    public String describe() {
        return "schema " + schemaVersion + ": " + tables.size() + " tables, " + rows() + " rows, " + files + " files; "
                + "payload SHA-256 " + payloadSha256;
    }
}

package org.defensor.encryption;

import java.sql.Connection;

/**
 * The column keys kept in the database ({@link ColumnKeyset}, one row of {@code column_keyset}, wrapped by
 * the master key): what a restore and a key rotation need of them. The application's {@link ColumnSeal}
 * uses the keys this holds.
 */
public interface ColumnKeys {

    /**
     * The column keys a restore is about to commit, read on the restore's own connection and opened with
     * the current master key; null if the backup has none. Throws {@link EncryptionException} (nothing is
     * committed then) if the current master key does not open them.
     */
    ColumnKeyset restored(Connection connection);

    /** After a restore committed: uses its keys (or makes new ones if it had none and columns are sealed) and seals what is plaintext. */
    void afterRestore(ColumnKeyset restored);

    /** Adds a new primary column key (the old ones still open what they sealed) and wraps the keys with {@code newMaster}. */
    ColumnKeyset rotateTo(MasterKey newMaster);

    /** Seals the values still stored in plaintext (rows from before sealing), in batches; the number sealed. */
    long sealPlaintext();
}

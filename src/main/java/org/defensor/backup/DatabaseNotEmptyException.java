package org.defensor.backup;

/** A restore asked without {@code replace} into a database that already holds data: nothing was changed. */
public class DatabaseNotEmptyException extends BackupException {
    public DatabaseNotEmptyException(long records) {
        super("the database is not empty (it holds " + records + " records): "
                + "restoring would replace everything in it; confirm with --replace (API: replace=true)");
    }
}

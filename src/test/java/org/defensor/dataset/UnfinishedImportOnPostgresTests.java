package org.defensor.dataset;

import org.defensor.support.PostgresDatabase;

/**
 * The same on PostgreSQL, whose transaction is atomic already: the journal is harmless there, and a
 * journal left (a kill between the commit and its deletion, or a file put there) is handled the same way.
 */
class UnfinishedImportOnPostgresTests extends UnfinishedImportTests {

    @Override
    String[] database() {
        return PostgresDatabase.arguments("unfinished_import");
    }
}

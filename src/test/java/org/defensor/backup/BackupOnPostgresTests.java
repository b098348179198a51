package org.defensor.backup;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same backups against a real PostgreSQL server. */
class BackupOnPostgresTests extends BackupTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "backups");
    }

    @Override
    boolean sealed() {
        return true;
    }

    @Override
    String[] largeTypes() {
        return new String[] {"text", "bytea"};
    }
}

package org.defensor.records;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same list tests against a real PostgreSQL server. */
class RecordListsOnPostgresTests extends RecordListsTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "record_lists");
    }
}

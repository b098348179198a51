package org.defensor.records;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API tests against a real PostgreSQL server. */
class RecordsApiOnPostgresTests extends RecordsApiTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "records_api");
    }
}

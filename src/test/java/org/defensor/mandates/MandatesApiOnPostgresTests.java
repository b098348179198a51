package org.defensor.mandates;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API tests against a real PostgreSQL server: the migration, its seed and the foreign keys there. */
class MandatesApiOnPostgresTests extends MandatesApiTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "mandates_api");
    }
}

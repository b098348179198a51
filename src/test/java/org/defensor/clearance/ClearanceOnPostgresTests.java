package org.defensor.clearance;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same clearance tests against a real PostgreSQL server: the filter's SQL runs on both. */
class ClearanceOnPostgresTests extends ClearanceTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "clearance");
    }
}

package org.defensor.dataset;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dataset tests (demo import, case file, search, round trip, bad files) against a real PostgreSQL. */
class DatasetOnPostgresTests extends DatasetTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "dataset");
    }
}

package org.defensor.dataset;

import org.defensor.support.OpenSearchNode;
import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dataset tests (demo import, case file, search, round trip, bad files) on PostgreSQL with a real OpenSearch node. */
class DatasetOnOpenSearchTests extends DatasetTests {

    @DynamicPropertySource
    static void distributed(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "dataset_opensearch");
        OpenSearchNode.register(registry);
    }
}

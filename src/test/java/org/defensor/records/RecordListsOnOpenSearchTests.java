package org.defensor.records;

import org.defensor.support.OpenSearchNode;
import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same list tests on the distributed deployment: a real PostgreSQL and a real OpenSearch node. */
class RecordListsOnOpenSearchTests extends RecordListsTests {

    @DynamicPropertySource
    static void distributed(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "record_lists_opensearch");
        OpenSearchNode.register(registry);
    }
}

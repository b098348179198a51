package org.defensor.search;

import org.defensor.support.OpenSearchNode;
import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search behaviour tests on the distributed deployment: a real PostgreSQL and a real OpenSearch node. */
class SearchBehaviourOnOpenSearchTests extends SearchBehaviourTests {

    @DynamicPropertySource
    static void distributed(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "search_behaviour_opensearch");
        OpenSearchNode.register(registry);
    }
}

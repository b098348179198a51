package org.defensor.audit;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tampering against a real PostgreSQL server. */
class AuditChainOnPostgresTests extends AuditChainTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "audit");
    }
}

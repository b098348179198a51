package org.defensor.security;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same token-use tests against a real PostgreSQL server (the bearer sign-in is plain SQL). */
class TokenUseOnPostgresTests extends TokenUseTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "token_use");
    }
}

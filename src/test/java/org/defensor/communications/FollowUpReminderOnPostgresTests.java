package org.defensor.communications;

import org.defensor.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same reminders against a real PostgreSQL server: the migration and the notification's clearance SQL run on both. */
class FollowUpReminderOnPostgresTests extends FollowUpReminderTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, "followups");
    }
}

package org.defensor.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Recommendations whose follow-up deadline (a treaty body's follow-up procedure) falls on or before a
 * date and that no assessment yet finds implemented: what the desk is reminded of. Read as the system
 * for the reminders, which the clearance filter then shows only to those who may read the recommendation.
 */
public interface FollowUps {

    /** "CCPR/C/KAZ/CO/3 para. 54", to KAZ, due on its deadline. */
    record FollowUp(UUID recommendationId, String label, StateCode state, LocalDate deadline) {}

    /** Those due on or before {@code horizon}, the earliest first. */
    List<FollowUp> dueBy(LocalDate horizon);
}

package org.defensor.communications;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What desks follow across communications: deadlines, replies to assess, questions left unanswered, response rates. */
public interface Tracking {

    record Overdue(UUID id, String reference, String country, LocalDate sent, LocalDate deadline, long daysOverdue) {}

    record AwaitingAssessment(UUID replyId, UUID communicationId, String reference, LocalDate received,
                              List<Integer> unassessed) {}

    record OpenQuestion(UUID communicationId, String reference, String country, int number, String text,
                        Assessment assessment) {}

    /** {@code averageReplyDays} is null when no communication to the State has been replied to. */
    record StateResponse(String country, int sent, int replied, double responseRate, Double averageReplyDays) {}

    record ChainLink(UUID id, String reference, LocalDate sent, List<LocalDate> replies) {}

    /** About a communication or a recommendation: one of the two ids is null. */
    record Notification(UUID id, Instant created, UUID communicationId, UUID recommendationId, String text, boolean read) {}

    record Dashboard(List<Overdue> overdue, List<AwaitingAssessment> awaitingAssessment, List<OpenQuestion> unanswered,
                     List<StateResponse> responses) {}

    Dashboard dashboard();

    /** Questions of sent communications that no reply has answered, once a reply came or the deadline passed. */
    List<OpenQuestion> unansweredQuestions();

    /** The communications this one follows up, and those following it up, oldest first, this one included. */
    List<ChainLink> chain(UUID communicationId);

    /**
     * Notifies once about each communication whose deadline has passed without a reply, and about each
     * recommendation not yet found implemented whose follow-up deadline is near (once) and passed (once);
     * returns how many notices were new.
     */
    int checkDeadlines();

    /** The signed-in user's notifications, newest first. */
    List<Notification> notifications();

    void markRead(UUID notificationId);

    long unreadCount();
}

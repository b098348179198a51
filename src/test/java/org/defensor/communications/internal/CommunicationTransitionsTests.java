package org.defensor.communications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Reference;
import org.defensor.shared.InvalidRecordException;
import org.junit.jupiter.api.Test;

class CommunicationTransitionsTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    private static Communication draft() {
        return new Communication(UUID.randomUUID(), new Reference(CommunicationType.AL, "KAZ", 5, 2025),
                LocalDate.of(2025, 9, 20), 60);
    }

    @Test
    void refusesToPublishADraft() {
        Communication c = draft();
        assertThatThrownBy(() -> c.publish(TODAY)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("a draft cannot be published");
        assertThat(c.status).isEqualTo(CommunicationStatus.DRAFT);
    }

    @Test
    void sendsOnceAndSetsTheDeadlineSixtyDaysLater() {
        Communication c = draft();
        c.markSent(LocalDate.of(2025, 9, 25), TODAY);
        assertThat(c.deadline()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThatThrownBy(() -> c.markSent(LocalDate.of(2025, 9, 26), TODAY)).hasMessageContaining("already sent");
    }

    @Test
    void refusesASendingDateBeforeTheDraftOrInTheFuture() {
        assertThatThrownBy(() -> draft().markSent(LocalDate.of(2025, 9, 1), TODAY)).hasMessageContaining("before the letter was drafted");
        assertThatThrownBy(() -> draft().markSent(TODAY.plusDays(1), TODAY)).hasMessageContaining("in the future");
    }

    @Test
    void isOverdueOnlyAfterTheDeadlineAndOnlyWithoutAReply() {
        Communication c = draft();
        c.markSent(LocalDate.of(2025, 9, 25), TODAY);
        assertThat(c.statusOn(LocalDate.of(2025, 11, 24))).isEqualTo(CommunicationStatus.SENT);
        assertThat(c.statusOn(LocalDate.of(2025, 11, 25))).isEqualTo(CommunicationStatus.OVERDUE);
        c.replyRecorded();
        assertThat(c.statusOn(LocalDate.of(2025, 11, 25))).isEqualTo(CommunicationStatus.REPLIED);
    }

    @Test
    void refusesAReplyToADraftAndToAClosedCommunication() {
        assertThatThrownBy(() -> draft().replyRecorded()).hasMessageContaining("has not been sent");
        Communication c = draft();
        c.markSent(LocalDate.of(2025, 9, 25), TODAY);
        c.close(TODAY);
        assertThatThrownBy(c::replyRecorded).hasMessageContaining("closed");
    }

    @Test
    void publishesASentOrRepliedCommunicationOnceButNotBeforeItWasSent() {
        Communication c = draft();
        c.markSent(LocalDate.of(2025, 9, 25), TODAY);
        assertThatThrownBy(() -> c.publish(LocalDate.of(2025, 9, 24))).hasMessageContaining("before the letter was sent");
        c.replyRecorded();
        c.publish(LocalDate.of(2025, 11, 25));
        assertThat(c.status).isEqualTo(CommunicationStatus.PUBLISHED);
        assertThatThrownBy(() -> c.publish(TODAY)).hasMessageContaining("already published");
    }

    @Test
    void aDraftIsDeletedNotClosed() {
        assertThatThrownBy(() -> draft().close(TODAY)).hasMessageContaining("delete it instead");
    }

    @Test
    void restoresAnImportedCommunicationWhoseStatusAgreesWithItsDates() {
        Communication c = draft();
        c.restore(CommunicationStatus.CLOSED, LocalDate.of(2025, 9, 25), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1),
                TODAY);
        assertThat(c.status).isEqualTo(CommunicationStatus.CLOSED);
        assertThat(c.published).isEqualTo(LocalDate.of(2025, 10, 1));
        Communication overdue = draft();
        overdue.restore(CommunicationStatus.OVERDUE, LocalDate.of(2025, 9, 25), null, null, TODAY);
        assertThat(overdue.status).as("overdue is derived, never stored").isEqualTo(CommunicationStatus.SENT);
    }

    @Test
    void refusesToRestoreAStatusItsDatesContradictNamingEachField() {
        Communication c = draft();
        assertThatThrownBy(() -> c.restore(CommunicationStatus.PUBLISHED, LocalDate.of(2025, 9, 1), null,
                LocalDate.of(2025, 10, 1), TODAY))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("sent: is before the letter was drafted")
                .hasMessageContaining("published: is required")
                .hasMessageContaining("closed: is set but the status is PUBLISHED");
        assertThatThrownBy(() -> c.restore(CommunicationStatus.DRAFT, LocalDate.of(2025, 9, 25), null, null, TODAY))
                .hasMessageContaining("sent: is set but the status is DRAFT");
        assertThatThrownBy(() -> c.restore(CommunicationStatus.REPLIED, null, null, null, TODAY))
                .hasMessageContaining("sent: is required");
        assertThat(c.status).as("a refused restore changes nothing").isEqualTo(CommunicationStatus.DRAFT);
        assertThat(c.sent).isNull();
    }
}

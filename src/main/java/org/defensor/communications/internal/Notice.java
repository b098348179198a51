package org.defensor.communications.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.encryption.SealedText;
import org.hibernate.annotations.Filter;

/**
 * A notice to the desk, read by each user separately: a reply deadline that passed (about a
 * communication), a recommendation's follow-up deadline near or passed (about a recommendation).
 */
@Entity
@Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_NOTIFIED)
@Table(name = "notification")
class Notice {

    static final String DEADLINE_PASSED = "DEADLINE_PASSED";
    static final String FOLLOW_UP_DUE = "FOLLOW_UP_DUE";
    static final String FOLLOW_UP_PASSED = "FOLLOW_UP_PASSED";

    @Id
    UUID id;

    @Column(name = "created_at")
    Instant created;

    String kind;
    UUID communicationId;
    UUID recommendationId;
    /** The follow-up deadline a reminder is about. */
    LocalDate due;
    @Convert(converter = SealedText.class)
    String text;

    @ElementCollection
    @CollectionTable(name = "notification_read", joinColumns = @JoinColumn(name = "notification_id"))
    @Column(name = "username")
    Set<String> readBy = new HashSet<>();

    protected Notice() {}

    Notice(UUID id, Instant created, String kind, UUID communicationId, String text) {
        this.id = id;
        this.created = created;
        this.kind = kind;
        this.communicationId = communicationId;
        this.text = text;
    }

    static Notice followUp(UUID id, Instant created, String kind, UUID recommendationId, LocalDate due, String text) {
        Notice notice = new Notice(id, created, kind, null, text);
        notice.recommendationId = recommendationId;
        notice.due = due;
        return notice;
    }
}

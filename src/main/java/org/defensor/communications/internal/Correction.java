package org.defensor.communications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.defensor.encryption.SealedText;

/** One correction of a published communication, with the wording it replaced (questions as a JSON list of their texts). */
@Entity
@Table(name = "publication_correction")
@org.hibernate.annotations.Filter(name = org.defensor.clearance.ClearanceFilter.NAME, condition = org.defensor.clearance.ClearanceFilter.VIA_COMMUNICATION)
class Correction {

    @Id
    UUID id;

    @Column(name = "communication_id")
    UUID communicationId;

    int number;
    LocalDate corrected;

    @Column(name = "corrected_at")
    Instant at;

    @Column(name = "corrected_by")
    String by;

    String reason;

    @Column(name = "previous_summary")
    @Convert(converter = SealedText.class)
    String previousSummary;

    @Column(name = "previous_facts")
    @Convert(converter = SealedText.class)
    String previousFacts;

    @Column(name = "previous_concerns")
    @Convert(converter = SealedText.class)
    String previousConcerns;

    @Column(name = "previous_questions")
    @Convert(converter = SealedText.class)
    String previousQuestions;

    protected Correction() {}

    Correction(UUID communicationId, int number, LocalDate corrected, Instant at, String by, String reason) {
        this.id = UUID.randomUUID();
        this.communicationId = communicationId;
        this.number = number;
        this.corrected = corrected;
        this.at = at;
        this.by = by;
        this.reason = reason;
    }
}

package org.defensor.communications.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.communications.StateClaim;
import org.defensor.encryption.SealedText;
import org.hibernate.annotations.Filter;

/** A passage of a reply mapped to the questions it answers. */
@Entity
@Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_REPLY)
@Table(name = "reply_answer")
class Answer {

    @Id
    UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reply_id")
    Reply reply;

    int position;
    @Convert(converter = SealedText.class)
    String passage;

    @Enumerated(EnumType.STRING)
    StateClaim claim;

    @ElementCollection
    @CollectionTable(name = "answer_question", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_number")
    List<Integer> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "answer_incident", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "position")
    @Column(name = "incident_id")
    List<UUID> incidents = new ArrayList<>();

    protected Answer() {}

    Answer(UUID id, Reply reply, int position) {
        this.id = id;
        this.reply = reply;
        this.position = position;
    }
}

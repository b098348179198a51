package org.defensor.communications.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.encryption.SealedText;
import org.hibernate.annotations.Filter;

/** A question of a communication; its number is its place in the letter. */
@Entity
@Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_COMMUNICATION)
@Table(name = "communication_question")
class Question {

    @Id
    UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "communication_id")
    Communication communication;

    int position;
    @Convert(converter = SealedText.class)
    String text;

    @ElementCollection
    @CollectionTable(name = "question_incident", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "incident_id")
    List<UUID> incidents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_person", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    List<UUID> persons = new ArrayList<>();

    protected Question() {}

    Question(UUID id, Communication communication, int position) {
        this.id = id;
        this.communication = communication;
        this.position = position;
    }

    int number() {
        return position + 1;
    }
}

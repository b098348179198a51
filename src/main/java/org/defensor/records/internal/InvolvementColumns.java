package org.defensor.records.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.defensor.encryption.SealedText;
import org.defensor.records.InvolvementDegree;
import org.defensor.records.PerpetratorType;
import org.defensor.shared.Confidentiality;

/** A perpetrator's part in an act. */
@Embeddable
public class InvolvementColumns {
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    Organisation organisation;

    @Enumerated(EnumType.STRING)
    InvolvementDegree degree;

    @Enumerated(EnumType.STRING)
    @Column(name = "perpetrator_type")
    PerpetratorType perpetratorType;

    @Convert(converter = SealedText.class)
    String note;

    protected InvolvementColumns() {}

    InvolvementColumns(Person person, Organisation organisation, InvolvementDegree degree, PerpetratorType type, String note) {
        this.person = person;
        this.organisation = organisation;
        this.degree = degree;
        this.perpetratorType = type;
        this.note = note;
    }

    /** The perpetrator's name for a document at {@code level}; none when the perpetrator is more confidential. */
    String nameWithin(Confidentiality level) {
        return person != null ? person.nameWithin(level) : organisation != null ? organisation.nameWithin(level) : null;
    }

    String displayName() {
        // Getters, not fields: a lazily loaded person or organisation is a proxy whose own fields stay empty.
        return person != null ? person.getName() : organisation != null ? organisation.getName() : "";
    }
}

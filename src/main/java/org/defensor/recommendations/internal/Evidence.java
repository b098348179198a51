package org.defensor.recommendations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.recommendations.EvidenceKind;
import org.defensor.shared.Confidentiality;
import org.hibernate.annotations.Filter;

/** A recommendation's link to a record, at least as confidential as that record and the recommendation. */
@Entity
@Filter(name = ClearanceFilter.NAME)
@Table(name = "recommendation_evidence")
class Evidence {

    @Id
    UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    EvidenceKind kind;

    @Column(name = "target_id")
    UUID targetId;

    @jakarta.persistence.Convert(converter = org.defensor.encryption.SealedText.class)
    String note;

    @Column(name = "linked_on")
    LocalDate linkedOn;

    @Column(name = "linked_by")
    String linkedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_confidentiality")
    Confidentiality declaredConfidentiality = Confidentiality.PUBLIC;

    @Enumerated(EnumType.STRING)
    Confidentiality confidentiality = Confidentiality.CONFIDENTIAL;

    protected Evidence() {}

    Evidence(UUID id, Recommendation recommendation) {
        this.id = id;
        this.recommendation = recommendation;
    }
}

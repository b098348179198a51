package org.defensor.recommendations.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.recommendations.ImplementationStatus;
import org.defensor.shared.Confidentiality;
import org.hibernate.annotations.Filter;

/** An assessment of a recommendation's implementation, at least as confidential as the evidence it rests on. */
@Entity
@Filter(name = ClearanceFilter.NAME)
@Table(name = "recommendation_assessment")
class Assessment {

    @Id
    UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    ImplementationStatus status;

    @Column(name = "assessed_on")
    LocalDate assessedOn;

    String author;

    @jakarta.persistence.Convert(converter = org.defensor.encryption.SealedText.class)
    String reasoning;

    @ElementCollection
    @CollectionTable(name = "assessment_evidence", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "evidence_id")
    List<UUID> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_confidentiality")
    Confidentiality declaredConfidentiality = Confidentiality.RESTRICTED;

    @Enumerated(EnumType.STRING)
    Confidentiality confidentiality = Confidentiality.CONFIDENTIAL;

    @Column(name = "recorded_at")
    Instant recordedAt;

    protected Assessment() {}

    Assessment(UUID id, Recommendation recommendation) {
        this.id = id;
        this.recommendation = recommendation;
    }
}

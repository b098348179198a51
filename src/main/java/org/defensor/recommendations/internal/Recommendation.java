package org.defensor.recommendations.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.ParagraphId;
import org.defensor.recommendations.Position;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.StateCode;
import org.defensor.records.Right;
import org.defensor.records.Theme;
import org.defensor.shared.Confidentiality;
import org.hibernate.annotations.Filter;

/**
 * A recommendation with its assessments and evidence links. Each assessment and link has a level of
 * its own, and the clearance filter keeps out those above the caller's, on their collections too.
 */
@Entity
@Filter(name = ClearanceFilter.NAME)
@Table(name = "recommendation")
class Recommendation {

    @Id
    UUID id;

    @Version
    long version;

    @Enumerated(EnumType.STRING)
    Mechanism mechanism;

    String document;

    @Column(name = "source_id")
    UUID sourceId;

    String identifier;

    @Column(name = "sort_key")
    String sortKey;

    @Column(name = "parent_identifier")
    String parentIdentifier;

    @jakarta.persistence.Convert(converter = org.defensor.encryption.SealedText.class)
    String text;

    LocalDate issued;

    String cycle;

    @Column(name = "state_under_review")
    String stateUnderReview;

    @Enumerated(EnumType.STRING)
    Position position;

    @Column(name = "position_date")
    LocalDate positionDate;

    @Column(name = "follow_up_deadline")
    LocalDate followUpDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_confidentiality")
    Confidentiality declaredConfidentiality = Confidentiality.RESTRICTED;

    /** The effective level: the declared one, or the source record's when that is higher. */
    @Enumerated(EnumType.STRING)
    Confidentiality confidentiality = Confidentiality.RESTRICTED;

    @ElementCollection
    @CollectionTable(name = "recommendation_state", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    @Column(name = "state")
    List<String> recommendingStates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_theme", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    List<Theme> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_right", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "right_concerned")
    Set<Right> rights = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_group", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    @Column(name = "affected_group")
    List<String> affectedGroups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_provision", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    @Column(name = "provision_code")
    List<String> provisions = new ArrayList<>();

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @Filter(name = ClearanceFilter.NAME)
    List<Evidence> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @Filter(name = ClearanceFilter.NAME)
    List<Assessment> assessments = new ArrayList<>();

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    protected Recommendation() {}

    Recommendation(UUID id) {
        this.id = id;
    }

    /** Takes the recommendation's own fields from {@code data} (already checked); assessments and evidence stay. */
    void apply(RecommendationData data) {
        mechanism = data.mechanism();
        document = blankToNull(data.document());
        sourceId = data.sourceId();
        ParagraphId paragraph = data.identifier();
        identifier = paragraph.toString();
        sortKey = paragraph.sortKey();
        parentIdentifier = paragraph.parent().map(ParagraphId::toString).orElse(null);
        text = data.text().strip();
        issued = data.date();
        cycle = blankToNull(data.cycle());
        stateUnderReview = data.stateUnderReview().code();
        position = data.position();
        positionDate = data.positionDate();
        followUpDeadline = data.followUpDeadline();
        declaredConfidentiality = data.confidentiality() == null ? Confidentiality.RESTRICTED : data.confidentiality();
        recommendingStates.clear();
        recommendingStates.addAll(JpaRecommendations.listOf(data.recommendingStates()).stream().map(StateCode::code).distinct().toList());
        themes.clear();
        themes.addAll(JpaRecommendations.listOf(data.themes()).stream().distinct().toList());
        rights.clear();
        rights.addAll(JpaRecommendations.setOf(data.rights()));
        affectedGroups.clear();
        affectedGroups.addAll(JpaRecommendations.listOf(data.affectedGroups()).stream().map(String::strip).distinct().toList());
        provisions.clear();
        provisions.addAll(JpaRecommendations.listOf(data.provisions()).stream().map(String::strip).distinct().toList());
    }

    void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    ParagraphId paragraph() {
        return ParagraphId.parse(identifier);
    }

    /** Whether the text, identifier or document contains {@code lowerCaseText}, ignoring case. */
    boolean mentions(String lowerCaseText) {
        return java.util.stream.Stream.of(text, identifier, document)
                .anyMatch(v -> v != null && v.toLowerCase(java.util.Locale.ROOT).contains(lowerCaseText));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.defensor.records.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.encryption.SealedText;
import org.defensor.records.AccountabilityRule;
import org.defensor.records.ProceedingKind;
import org.defensor.records.ProceedingPurpose;
import org.defensor.shared.Confidentiality;
import org.hibernate.annotations.Filter;

/** A complaint, investigation, case, appeal or application attached to an incident. */
@Entity
@Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_INCIDENT)
@Table(name = "proceeding")
public class Proceeding {
    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id")
    Incident incident;

    int position;

    @Enumerated(EnumType.STRING)
    ProceedingKind kind;

    @Enumerated(EnumType.STRING)
    ProceedingPurpose purpose;

    @Convert(converter = SealedText.class)
    String title;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "started_value"))
    @AttributeOverride(name = "precision", column = @Column(name = "started_precision"))
    DateColumns started;

    @Embedded
    @jakarta.persistence.AssociationOverride(name = "person", joinColumns = @JoinColumn(name = "filed_by_person_id"))
    @jakarta.persistence.AssociationOverride(name = "organisation", joinColumns = @JoinColumn(name = "filed_by_organisation_id"))
    PartyColumns filedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "authority_id")
    Organisation authority;

    @Convert(converter = SealedText.class)
    String reference;

    @Column(name = "appeal_of_id")
    UUID appealOf;

    @Convert(converter = SealedText.class)
    String description;

    @ElementCollection
    @CollectionTable(name = "proceeding_person", joinColumns = @JoinColumn(name = "proceeding_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    List<UUID> concerning = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "proceeding_provision", joinColumns = @JoinColumn(name = "proceeding_id"))
    @OrderColumn(name = "position")
    @Column(name = "provision_code")
    List<String> provisions = new ArrayList<>();

    @OneToMany(mappedBy = "proceeding", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<Decision> decisions = new ArrayList<>();

    @Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_SOURCE)
    @ElementCollection
    @CollectionTable(name = "proceeding_citation", joinColumns = @JoinColumn(name = "proceeding_id"))
    @OrderColumn(name = "position")
    List<CitationColumns> sources = new ArrayList<>();

    protected Proceeding() {}

    Proceeding(UUID id, Incident incident) {
        this.id = id;
        this.incident = incident;
    }

    AccountabilityRule.ProceedingFacts facts() {
        return new AccountabilityRule.ProceedingFacts(id, purpose, appealOf,
                decisions.stream().map(d -> new AccountabilityRule.DecisionFacts(DateColumns.toFuzzy(d.date), d.outcome)).toList());
    }

    /** The proceeding's text for its incident's document at {@code level}: without the names of more confidential parties. */
    String searchText(Confidentiality level) {
        return SearchText.join(kind.label(), title, reference, description,
                authority == null ? null : authority.nameWithin(level),
                filedBy == null ? null : filedBy.nameWithin(level),
                decisions.stream().map(d -> d.searchText(level)).toList());
    }
}

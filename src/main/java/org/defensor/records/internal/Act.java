package org.defensor.records.internal;

import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.encryption.SealedText;
import org.defensor.records.ActType;
import org.defensor.records.Right;
import org.defensor.shared.Confidentiality;
import org.hibernate.annotations.Filter;

/** One act within an incident. */
@Entity
@Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_INCIDENT)
@Table(name = "act")
public class Act {
    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id")
    Incident incident;

    int position;

    @Enumerated(EnumType.STRING)
    ActType type;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "start_value"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    DateColumns start;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "end_value"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    DateColumns end;

    Long durationSeconds;
    Boolean durationApproximate;
    @Convert(converter = SealedText.class)
    String description;
    @Convert(converter = SealedText.class)
    String method;
    @Convert(converter = SealedText.class)
    String consequences;

    @ElementCollection
    @CollectionTable(name = "act_victim", joinColumns = @JoinColumn(name = "act_id"))
    @OrderColumn(name = "position")
    List<PartyColumns> victims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "involvement", joinColumns = @JoinColumn(name = "act_id"))
    @OrderColumn(name = "position")
    List<InvolvementColumns> perpetrators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "act_right", joinColumns = @JoinColumn(name = "act_id"))
    @OrderColumn(name = "position")
    @Column(name = "right_code")
    @Enumerated(EnumType.STRING)
    List<Right> rights = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "act_provision", joinColumns = @JoinColumn(name = "act_id"))
    @OrderColumn(name = "position")
    @Column(name = "provision_code")
    List<String> provisions = new ArrayList<>();

    @Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_SOURCE)
    @ElementCollection
    @CollectionTable(name = "act_citation", joinColumns = @JoinColumn(name = "act_id"))
    @OrderColumn(name = "position")
    List<CitationColumns> sources = new ArrayList<>();

    protected Act() {}

    Act(UUID id, Incident incident) {
        this.id = id;
        this.incident = incident;
    }

    /** The act's text for its incident's document at {@code level}: without the names of more confidential parties. */
    String searchText(Confidentiality level) {
        return SearchText.join(type.label(), description, method, consequences,
                victims.stream().map(v -> v.nameWithin(level)).toList(),
                perpetrators.stream().map(p -> p.nameWithin(level)).toList());
    }
}

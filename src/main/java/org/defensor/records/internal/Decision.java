package org.defensor.records.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.encryption.SealedText;
import org.defensor.records.Outcome;
import org.defensor.shared.Confidentiality;
import org.hibernate.annotations.Filter;

/** A decision in a proceeding. */
@Entity
@Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_PROCEEDING)
@Table(name = "decision")
public class Decision {
    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proceeding_id")
    Proceeding proceeding;

    int position;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "date_value"))
    @AttributeOverride(name = "precision", column = @Column(name = "date_precision"))
    DateColumns date;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "authority_id")
    Organisation authority;

    @Convert(converter = SealedText.class)
    String reference;

    @Enumerated(EnumType.STRING)
    Outcome outcome;

    @Convert(converter = SealedText.class)
    String grounds;
    BigDecimal fineAmount;
    String fineCurrency;
    Long durationSeconds;
    Boolean durationApproximate;
    @Convert(converter = SealedText.class)
    String description;

    protected Decision() {}

    Decision(UUID id, Proceeding proceeding) {
        this.id = id;
        this.proceeding = proceeding;
    }

    /** The decision's text for its incident's document at {@code level}: without a more confidential authority's name. */
    String searchText(Confidentiality level) {
        return SearchText.join(outcome.label(), reference, grounds, description,
                authority == null ? null : authority.nameWithin(level));
    }
}

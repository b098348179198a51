package org.defensor.records.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An article, paragraph or part of a legal instrument. */
@Entity
@Table(name = "legal_provision")
public class LegalProvision {
    @Id
    String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "instrument_code")
    LegalInstrument instrument;

    String article;
    String paragraph;
    String part;
    String title;
    String summary;
    int position;

    protected LegalProvision() {}
}

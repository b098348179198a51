package org.defensor.records.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.defensor.records.InstrumentKind;

/** A treaty, declaration, general comment, report or domestic code of the legal catalogue. */
@Entity
@Table(name = "legal_instrument")
public class LegalInstrument {
    @Id
    String code;

    String title;
    String shortTitle;

    @Enumerated(EnumType.STRING)
    InstrumentKind kind;

    String symbol;
    String country;
    LocalDate adopted;

    protected LegalInstrument() {}
}

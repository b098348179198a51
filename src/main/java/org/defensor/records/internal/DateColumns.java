package org.defensor.records.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.defensor.shared.DatePrecision;
import org.defensor.shared.FuzzyDate;

/** A {@link FuzzyDate} as two columns; the owning entity names them with attribute overrides. */
@Embeddable
public record DateColumns(@Column(name = "value") LocalDate value,
                          @Enumerated(EnumType.STRING) @Column(name = "precision") DatePrecision precision) {

    static DateColumns of(FuzzyDate date) {
        return date == null || !date.isKnown() ? null : new DateColumns(date.value(), date.precision());
    }

    static FuzzyDate toFuzzy(DateColumns columns) {
        return columns == null || columns.value() == null ? null : new FuzzyDate(columns.value(), columns.precision());
    }
}

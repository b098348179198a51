package org.defensor.mandates.internal;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.defensor.mandates.ResolutionData;

/** A resolution cited for a mandate, as a row of {@code mandate_resolution}. */
@Embeddable
record ResolutionColumns(String resolution, LocalDate citedSince, String note) {

    static ResolutionColumns of(ResolutionData data) {
        return new ResolutionColumns(data.resolution(), data.citedSince(), data.note());
    }

    ResolutionData view() {
        return new ResolutionData(resolution, citedSince, note);
    }
}

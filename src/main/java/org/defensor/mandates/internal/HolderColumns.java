package org.defensor.mandates.internal;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.defensor.mandates.HolderData;

/** A holder of a mandate and their term, as a row of {@code mandate_holder}. */
// "from" and "to" are SQL keywords, hence the column names from_date and to_date.
@Embeddable
record HolderColumns(String name, String capacity, LocalDate fromDate, LocalDate toDate, String note) {

    static HolderColumns of(HolderData data) {
        return new HolderColumns(data.name(), data.capacity(), data.from(), data.to(), data.note());
    }

    HolderData view() {
        return new HolderData(name, capacity, fromDate, toDate, note);
    }
}

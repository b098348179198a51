package org.defensor.records.internal;

import java.util.ArrayList;
import java.util.List;
import org.defensor.shared.FuzzyDate;
import org.defensor.shared.InvalidRecordException;

/** Collects every broken rule of one record before refusing it, so the client sees them all at once. */
final class Violations {
    private final List<InvalidRecordException.Violation> found = new ArrayList<>();
    private final java.util.Set<java.util.UUID> pending;

    Violations() {
        this(java.util.Set.of());
    }

    /** Rules for a record whose references may also point to {@code pending} ids, about to be written with it. */
    Violations(java.util.Set<java.util.UUID> pending) {
        this.pending = pending;
    }

    java.util.Set<java.util.UUID> pending() {
        return pending;
    }

    void add(String field, String reason) {
        found.add(new InvalidRecordException.Violation(field, reason));
    }

    void requireOrder(String endField, FuzzyDate start, FuzzyDate end) {
        if (start != null && end != null && start.isKnown() && end.isKnown() && end.latest().isBefore(start.value())) {
            add(endField, "ends on " + end.display() + ", before it starts on " + start.display());
        }
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRecordException(found);
        }
    }
}

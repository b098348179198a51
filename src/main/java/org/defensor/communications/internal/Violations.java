package org.defensor.communications.internal;

import java.util.ArrayList;
import java.util.List;
import org.defensor.shared.InvalidRecordException;

/** Collects every broken rule before refusing, so the client sees them all at once. */
final class Violations {
    private final List<InvalidRecordException.Violation> found = new ArrayList<>();

    void add(String field, String reason) {
        found.add(new InvalidRecordException.Violation(field, reason));
    }

    void addAll(InvalidRecordException e) {
        found.addAll(e.violations());
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRecordException(found);
        }
    }
}

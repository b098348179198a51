package org.defensor.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** The checks every write makes, whichever module holds the record, so that every refusal reads the same. */
public final class RecordChecks {

    private RecordChecks() {}

    /** Each broken bean-validation constraint of {@code data}, by field path; a missing body is refused at once. */
    public static List<InvalidRecordException.Violation> constraints(Validator validator, Object data) {
        if (data == null) {
            throw new InvalidRecordException("(body)", "is missing");
        }
        return validator.validate(data).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new InvalidRecordException.Violation(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }

    /** Refuses {@code data} with every broken bean-validation constraint. */
    public static void requireValid(Validator validator, Object data) {
        List<InvalidRecordException.Violation> found = constraints(validator, data);
        if (!found.isEmpty()) {
            throw new InvalidRecordException(found);
        }
    }

    /** A write must be based on the version stored, so that no one else's change is overwritten unseen. */
    public static void requireVersion(String kind, Object id, long stored, Long given) {
        if (given == null) {
            throw new InvalidRecordException("version",
                    "is required: send the version you read, so that no one else's change is overwritten");
        }
        if (given != stored) {
            throw new StaleVersionException(kind, id, given, stored);
        }
    }
}

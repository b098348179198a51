package org.defensor.shared;

import java.util.List;

/** Input that breaks a domain rule; each violation names the field and the reason. */
public class InvalidRecordException extends RuntimeException {

    /** One broken rule: the field path as the client sent it (e.g. "acts[1].type") and why. */
    public record Violation(String field, String reason) {}

    private final List<Violation> violations;

    public InvalidRecordException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.violations = List.copyOf(violations);
    }

    public InvalidRecordException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public List<Violation> violations() {
        return violations;
    }
}

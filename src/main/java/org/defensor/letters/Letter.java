package org.defensor.letters;

import java.util.List;
import java.util.Objects;
import org.defensor.shared.Redaction;

/**
 * A letter assembled and worded, ready to render: its parts in order. Rendering adds layout only,
 * never words, so the DOCX, PDF and HTML of one letter say the same thing.
 */
public record Letter(String reference, List<Part> parts) {

    public Letter {
        Objects.requireNonNull(reference, "reference");
        parts = List.copyOf(parts);
    }

    /** The parts of one kind, in order. */
    public List<Part> parts(PartKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The same letter with every name the redaction covers replaced by "[REDACTED]". */
    public Letter redacted(Redaction redaction) {
        return new Letter(redaction.apply(reference), parts.stream().map(p -> p.redacted(redaction)).toList());
    }
}

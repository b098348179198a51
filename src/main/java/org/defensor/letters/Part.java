package org.defensor.letters;

import java.util.List;
import java.util.Objects;
import org.defensor.shared.Redaction;

/** One part of a letter: an optional heading and its paragraphs (for QUESTIONS, one paragraph per question). */
public record Part(PartKind kind, String heading, List<String> paragraphs) {

    public Part {
        Objects.requireNonNull(kind, "kind");
        paragraphs = List.copyOf(paragraphs);
    }

    public static Part of(PartKind kind, String... paragraphs) {
        return new Part(kind, null, List.of(paragraphs));
    }

    Part redacted(Redaction redaction) {
        return new Part(kind, heading == null ? null : redaction.apply(heading),
                paragraphs.stream().map(redaction::apply).toList());
    }
}

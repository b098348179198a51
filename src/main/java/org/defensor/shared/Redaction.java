package org.defensor.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names to withhold from a public text. Every spelling given (aliases, transliterations) is replaced
 * by {@value #MARK}, case-insensitively and only as whole words, longest first so that "Zhanar
 * Sekerbayeva" is replaced whole rather than leaving "Zhanar".
 */
public record Redaction(List<String> names) {

    public static final String MARK = "[REDACTED]";
    public static final Redaction NONE = new Redaction(List.of());

    public Redaction {
        names = names.stream().filter(Objects::nonNull).map(String::strip).filter(n -> !n.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public static Redaction of(Collection<String> names) {
        return new Redaction(new java.util.ArrayList<>(names)); // may hold nulls, which the constructor drops
    }

    public String apply(String text) {
        if (text == null || names.isEmpty()) {
            return text;
        }
        return pattern().matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
    }

    private Pattern pattern() {
        // Spaces in a name match any run of whitespace: PDF conversions break names across lines.
        String alternatives = String.join("|", names.stream()
                .map(n -> String.join("\\s+", java.util.Arrays.stream(n.split("\\s+")).map(Pattern::quote).toList()))
                .toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

package org.defensor.recommendations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recommendation's identifier inside its document: a UPR number ({@code 140.92}), a paragraph
 * ({@code 54}), a sub-paragraph ({@code 14(a)}) or deeper ({@code 48(b)(iii)}). Numbers separated by
 * dots come first, then parenthesised parts: the first level lettered, deeper levels in roman
 * numerals (a part that is not a roman numeral counts as letters), any level numbered.
 *
 * <p>Identifiers are ordered as the document orders them — 9 &lt; 10 &lt; 10(a) &lt; 10(b) &lt; 11,
 * 48(b)(ii) &lt; 48(b)(iii) — and each but the first level has a parent: 54(a) is part of 54.
 */
public final class ParagraphId implements Comparable<ParagraphId> {

    private static final Pattern WHOLE = Pattern.compile("(\\d{1,7}(?:\\.\\d{1,7})*)((?:\\([0-9a-z]{1,4}\\))*)");
    private static final Pattern PART = Pattern.compile("\\(([0-9a-z]{1,4})\\)");
    private static final Pattern ROMAN = Pattern.compile("m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");

    /** One level of the identifier; its kind orders before its value, so that no two texts sort alike. */
    private record Segment(char kind, int value, String text) {
        String key() {
            return kind + String.format(Locale.ROOT, "%08d", value);
        }
    }

    private static final char NUMBER = '0';
    private static final char PARENTHESISED_NUMBER = '1';
    private static final char LETTERS = '2';
    private static final char ROMAN_NUMERAL = '3';

    private final List<Segment> segments;
    private final String text;
    private final String sortKey;

    private ParagraphId(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        StringBuilder t = new StringBuilder();
        StringBuilder k = new StringBuilder();
        for (Segment s : this.segments) {
            t.append(s.kind() == NUMBER ? (t.isEmpty() ? "" : ".") + s.text() : "(" + s.text() + ")");
            k.append(s.key());
        }
        this.text = t.toString();
        this.sortKey = k.toString();
    }

    /**
     * Reads an identifier as documents write it: spaces, a trailing full stop ("54.") and capitals in
     * the parentheses ("14(A)") are allowed. Refused with an {@link IllegalArgumentException} saying why.
     */
    @JsonCreator
    public static ParagraphId parse(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("an identifier such as 140.92, 54, 14(a) or 48(b)(iii) is required");
        }
        String compact = input.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (compact.endsWith(".")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        Matcher whole = WHOLE.matcher(compact);
        if (!whole.matches()) {
            throw new IllegalArgumentException("'" + input.strip() + "' is not an identifier such as 140.92, 54, 14(a) or 48(b)(iii)");
        }
        List<Segment> segments = new ArrayList<>();
        for (String number : whole.group(1).split("\\.")) {
            segments.add(new Segment(NUMBER, Integer.parseInt(number), String.valueOf(Integer.parseInt(number))));
        }
        Matcher part = PART.matcher(whole.group(2));
        int level = 0;
        while (part.find()) {
            level++;
            segments.add(segment(part.group(1), level));
        }
        return new ParagraphId(segments);
    }

    private static Segment segment(String part, int level) {
        if (part.chars().allMatch(Character::isDigit)) {
            return new Segment(PARENTHESISED_NUMBER, Integer.parseInt(part), String.valueOf(Integer.parseInt(part)));
        }
        if (!part.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("'(" + part + ")' mixes letters and digits: not an identifier such as 14(a) or 48(b)(iii)");
        }
        if (level >= 2 && ROMAN.matcher(part).matches()) {
            return new Segment(ROMAN_NUMERAL, roman(part), part);
        }
        // Bijective base 26: a = 1, z = 26, aa = 27, as documents continue after (z).
        int rank = 0;
        for (char c : part.toCharArray()) {
            rank = rank * 26 + (c - 'a' + 1);
        }
        return new Segment(LETTERS, rank, part);
    }

    private static int roman(String numeral) {
        String digits = "ivxlcdm";
        int[] values = {1, 5, 10, 50, 100, 500, 1000};
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = values[digits.indexOf(numeral.charAt(i))];
            int next = i + 1 < numeral.length() ? values[digits.indexOf(numeral.charAt(i + 1))] : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    /** The paragraph this one is part of: 54 for 54(a), 48(b) for 48(b)(iii), 140 for 140.92; empty for 54. */
    public Optional<ParagraphId> parent() {
        return segments.size() == 1 ? Optional.empty() : Optional.of(new ParagraphId(segments.subList(0, segments.size() - 1)));
    }

    /** Whether this identifier is {@code other} or lies inside it (54(a) within 54). */
    public boolean within(ParagraphId other) {
        return sortKey.startsWith(other.sortKey);
    }

    /** How deep it lies: 1 for 54, 2 for 54(a). */
    public int depth() {
        return segments.size();
    }

    /** A key whose string order is the document order, for storage and SQL ordering. */
    public String sortKey() {
        return sortKey;
    }

    @Override
    public int compareTo(ParagraphId other) {
        return sortKey.compareTo(other.sortKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParagraphId other && other.sortKey.equals(sortKey);
    }

    @Override
    public int hashCode() {
        return sortKey.hashCode();
    }

    /** The canonical form: 14(a), 48(b)(iii), 140.92. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}

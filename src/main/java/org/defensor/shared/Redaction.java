package org.defensor.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Names to withhold from a public text, and the rule that finds them. Each {@link Name} is a person
 * or organisation with every spelling it is known by (its name, aliases, transliterations); every
 * place the text names one of them is replaced by {@value #MARK}. The forms found, for a person:
 * <ul>
 * <li>the whole name in its order and family name first ("Sekerbayeva Zhanar"), as one mark;
 * <li>any word of the name alone, given or family name ("Ms. Sekerbayeva", "Zhanar"), as a whole
 *     word only, when it has three letters or more and is not a particle ("bin", "van"); one of
 *     four letters or fewer only when written with a capital ("Ola", not "ola");
 * <li>parts of a hyphenated name ("Ivanova-Petrova"), and a name cut by a hyphen or by a
 *     hyphenation at a line's end ("Seker-\nbayeva");
 * <li>the same name in Cyrillic and Latin letters and across transliterations (Секербаева,
 *     Sekerbayeva, Sekerbaeva; Жанар, Zhanar, Janar), in any case, with light OCR noise (0 for o,
 *     1 or I for l, rn for m): see {@link NameSkeleton} for the table;
 * <li>Russian and Kazakh case endings (Sekerbayevoy, Секербаевой, Zhanarga) and the English
 *     possessive ("Sekerbayeva's");
 * <li>initials next to the name ("Z. Sekerbayeva", "Sekerbayeva Z.A.", "Ж. Секербаева");
 * <li>soft hyphens, zero-width characters, non-breaking spaces and any dash inside or between the
 *     words.
 * </ul>
 * An organisation (or a group of people) is withheld by its whole name or an alias only, never by
 * one word of it ("Kazakhstan" in "Feminita Kazakhstan"). A word is matched whole, never inside a
 * longer word.
 */
public record Redaction(List<Name> names) {

    public static final String MARK = "[REDACTED]";
    public static final Redaction NONE = new Redaction(List.of());

    /**
     * One person or organisation to withhold. {@code record} says which record it is, for messages
     * (never shown in public); {@code person} is false for organisations and groups.
     */
    public record Name(String record, boolean person, List<String> spellings) {
        public Name {
            Objects.requireNonNull(record, "record");
            spellings = spellings.stream().filter(Objects::nonNull).map(String::strip).filter(n -> !n.isEmpty()).distinct()
                    .toList();
        }

        public static Name person(String record, String... spellings) {
            return new Name(record, true, List.of(spellings));
        }

        public static Name organisation(String record, String... spellings) {
            return new Name(record, false, List.of(spellings));
        }
    }

    public Redaction {
        names = names.stream().filter(n -> !n.spellings().isEmpty()).toList();
    }

    public static Redaction of(Collection<Name> names) {
        return new Redaction(new ArrayList<>(names));
    }

    /** The text with every occurrence of every name replaced by {@value #MARK}. */
    public String apply(String text) {
        if (text == null || names.isEmpty()) {
            return text;
        }
        List<NameMatcher.Span> spans = matcher().find(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (NameMatcher.Span s : spans) {
            out.append(text, at, s.start()).append(MARK);
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The names the text still names (in the order given): none once {@link #apply} has been applied. */
    public List<Name> residue(String text) {
        return text == null || names.isEmpty() ? List.of() : matcher().residue(text);
    }

    /** Both redactions' names. */
    public Redaction and(Redaction other) {
        List<Name> all = new ArrayList<>(names);
        all.addAll(other.names);
        return new Redaction(all);
    }

    private NameMatcher matcher() {
        return new NameMatcher(names);
    }
}

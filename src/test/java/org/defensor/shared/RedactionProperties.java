package org.defensor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.defensor.shared.Redaction.Name;

/**
 * Random names written in random forms are always withheld, and text that does not name anyone is
 * never changed. Names are made of Cyrillic syllables; the record holds one spelling (Cyrillic or a
 * Latin transliteration) and the text another.
 */
class RedactionProperties {

    private static final List<String> CONSONANTS = List.of("б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с",
            "т", "ф", "х", "ц", "ч", "ш", "қ", "ғ");
    private static final List<String> VOWELS = List.of("а", "е", "и", "о", "у", "ы", "я", "ю", "ә", "ө", "ү", "ұ");

    /** Latin transliterations people actually write, several per letter. */
    private static final Map<String, List<String>> LATIN = Map.ofEntries(
            Map.entry("б", List.of("b")), Map.entry("в", List.of("v")), Map.entry("г", List.of("g")), Map.entry("д", List.of("d")),
            Map.entry("ж", List.of("zh", "j", "ž")), Map.entry("з", List.of("z")), Map.entry("к", List.of("k")),
            Map.entry("л", List.of("l")), Map.entry("м", List.of("m")), Map.entry("н", List.of("n")), Map.entry("п", List.of("p")),
            Map.entry("р", List.of("r")), Map.entry("с", List.of("s")), Map.entry("т", List.of("t")), Map.entry("ф", List.of("f")),
            Map.entry("х", List.of("kh", "h")), Map.entry("ц", List.of("ts", "c", "tz")), Map.entry("ч", List.of("ch", "č")),
            Map.entry("ш", List.of("sh", "š", "ş")), Map.entry("қ", List.of("q", "k")), Map.entry("ғ", List.of("gh", "g", "ğ")),
            Map.entry("а", List.of("a")), Map.entry("е", List.of("e", "ye")), Map.entry("и", List.of("i")), Map.entry("о", List.of("o")),
            Map.entry("у", List.of("u")), Map.entry("ы", List.of("y", "i")), Map.entry("я", List.of("ya", "ia")),
            Map.entry("ю", List.of("yu", "iu")), Map.entry("ә", List.of("a", "ä")), Map.entry("ө", List.of("o", "ö")),
            Map.entry("ү", List.of("u", "ü")), Map.entry("ұ", List.of("u")));

    /** Ordinary words around the name; none of them is a name. */
    private static final List<String> CONTEXT = List.of("the", "police", "court", "said", "on", "12 May 2025,", "was",
            "detained", "and", "fined", "KZT 393 200", "(see", "annex)", "according", "to", "information", "received:", "—");

    record Person(List<String> given, List<String> family) {}

    @Provide
    Arbitrary<List<String>> syllables() {
        Arbitrary<String> syllable = Combinators.combine(Arbitraries.of(CONSONANTS), Arbitraries.of(VOWELS)).as(String::concat);
        return syllable.list().ofMinSize(3).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> context() {
        return Arbitraries.of(CONTEXT).list().ofMaxSize(6).map(words -> String.join(" ", words));
    }

    /** The forms a text gives a name of given name {@code g} and family name {@code f} (each already spelt). */
    enum Form {
        FULL, FAMILY_FIRST, FAMILY, GIVEN, UPPER, INITIAL_BEFORE, INITIAL_AFTER, POSSESSIVE, ENDING_OY, ENDING_U, ENDING_GA,
        NO_BREAK_SPACE, SOFT_HYPHEN, ZERO_WIDTH, LINE_HYPHENATION, NON_BREAKING_HYPHEN, OCR_ZERO;

        String write(String g, String f) {
            String cap = Character.toUpperCase(f.charAt(0)) + f.substring(1);
            String given = Character.toUpperCase(g.charAt(0)) + g.substring(1);
            int mid = cap.length() / 2;
            return switch (this) {
                case FULL -> given + " " + cap;
                case FAMILY_FIRST -> cap + " " + given;
                case FAMILY -> cap;
                case GIVEN -> given;
                case UPPER -> (given + " " + cap).toUpperCase();
                case INITIAL_BEFORE -> given.charAt(0) + ". " + cap;
                case INITIAL_AFTER -> cap + " " + given.charAt(0) + ".";
                case POSSESSIVE -> cap + "'s";
                case ENDING_OY -> withoutLastVowel(cap) + (isCyrillic(cap) ? "ой" : "oy");
                case ENDING_U -> withoutLastVowel(cap) + (isCyrillic(cap) ? "у" : "u");
                case ENDING_GA -> cap + (isCyrillic(cap) ? "ға" : "ga");
                case NO_BREAK_SPACE -> given + "\u00A0" + cap;
                case SOFT_HYPHEN -> cap.substring(0, mid) + "\u00AD" + cap.substring(mid);
                case ZERO_WIDTH -> cap.substring(0, mid) + "\u200B" + cap.substring(mid);
                case LINE_HYPHENATION -> given + " " + cap.substring(0, mid) + "-\n" + cap.substring(mid);
                case NON_BREAKING_HYPHEN -> cap.substring(0, mid) + "\u2011" + cap.substring(mid);
                case OCR_ZERO -> cap.replace('o', '0');
            };
        }

        private static String withoutLastVowel(String s) {
            return "aeiouyаеиоуыяюәөүұ".indexOf(Character.toLowerCase(s.charAt(s.length() - 1))) >= 0 ? s.substring(0, s.length() - 1) : s;
        }

        private static boolean isCyrillic(String s) {
            return Character.UnicodeBlock.of(s.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
        }
    }

    private static String latin(List<String> syllables, long seed) {
        StringBuilder s = new StringBuilder();
        java.util.Random random = new java.util.Random(seed);
        for (String syllable : syllables) {
            for (char c : syllable.toCharArray()) {
                List<String> options = LATIN.get(String.valueOf(c));
                s.append(options.get(random.nextInt(options.size())));
            }
        }
        return s.toString();
    }

    @Property(tries = 500)
    void aNameInAnyFormIsAlwaysWithheld(@ForAll("syllables") List<String> given, @ForAll("syllables") List<String> family,
                                        @ForAll Form form, @ForAll boolean recordInCyrillic, @ForAll boolean textInCyrillic,
                                        @ForAll long spellingSeed, @ForAll("context") String before, @ForAll("context") String after) {
        String recordGiven = recordInCyrillic ? String.join("", given) : latin(given, spellingSeed);
        String recordFamily = recordInCyrillic ? String.join("", family) : latin(family, spellingSeed);
        String textGiven = textInCyrillic ? String.join("", given) : latin(given, spellingSeed + 1);
        String textFamily = textInCyrillic ? String.join("", family) : latin(family, spellingSeed + 1);
        Name name = Name.person("p", cap(recordGiven) + " " + cap(recordFamily));
        String text = before + " " + form.write(textGiven, textFamily) + " " + after;

        String redacted = Redaction.of(List.of(name)).apply(text);

        assertThat(redacted).isEqualTo(before + " " + Redaction.MARK + " " + after);
        assertThat(Redaction.of(List.of(name)).residue(text)).containsExactly(name);
    }

    @Property(tries = 300)
    void textThatNamesNobodyIsUnchanged(@ForAll("syllables") List<String> given, @ForAll("syllables") List<String> family,
                                        @ForAll @StringLength(max = 200) String text) {
        Redaction r = Redaction.of(List.of(Name.person("p", cap(String.join("", given)) + " " + cap(String.join("", family)),
                cap(latin(given, 1)) + " " + cap(latin(family, 1)))));
        assertThat(r.apply(text)).isEqualTo(text);
        assertThat(r.residue(text)).isEmpty();
    }

    @Property(tries = 200)
    void ordinaryWordsAroundANameAreKept(@ForAll("syllables") List<String> family, @ForAll("context") String before,
                                         @ForAll("context") String after) {
        Redaction r = Redaction.of(List.of(Name.person("p", "Ms " + cap(latin(family, 7)))));
        assertThat(r.apply(before + " " + after)).isEqualTo(before + " " + after);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

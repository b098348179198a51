package org.defensor.shared;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The spelling-blind key of one word of a name, so that every way of writing it compares equal:
 * "Sekerbayeva", "Sekerbaeva", "SEKERBAYEVA", "Секербаева" and "Sekerba1eva" all give
 * {@code sekerbaeva}.
 *
 * <p>In this order:
 * <ol>
 * <li>light OCR noise: a capital I inside a lower-case word is an l ("GuIzada"), 0 is o, 1 is l;
 * <li>lower case; Cyrillic letters (Russian, Kazakh, Ukrainian) to Latin by {@link #CYRILLIC};
 *     Latin letters with carons and cedillas to their digraphs (ž zh, š sh, č ch, ş sh, ç ch, ğ gh,
 *     ñ ng, ı i), then every other accent dropped (ä a, ö o, ü u, é e);
 * <li>the digraphs that transliterations disagree on, to one letter: shch/sh s, zh j (Zhanar, Janar),
 *     kh h, gh g, ch c, ts/tz c, q k, w v; and the OCR confusion rn m;
 * <li>glides: ya/ia a, ye/ie e, yu/iu u, yo/io o, yi/iy/ii i, until none is left, then y i;
 * <li>a doubled letter once (Anna, Ana).
 * </ol>
 * Two different names may share a key (Sasha, Sasa): that errs towards withholding, never towards
 * showing.
 */
final class NameSkeleton {

    private NameSkeleton() {}

    /** Cyrillic to Latin, one letter at a time (ъ and ь are dropped). */
    static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            // Kazakh
            Map.entry('ә', "a"), Map.entry('ғ', "gh"), Map.entry('қ', "q"), Map.entry('ң', "ng"), Map.entry('ө', "o"),
            Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "h"), Map.entry('і', "i"),
            // Ukrainian
            Map.entry('ї', "yi"), Map.entry('є', "ye"), Map.entry('ґ', "g"));

    /** Latin letters whose mark makes a digraph in other transliterations. */
    private static final Map<Character, String> LATIN = Map.of('ž', "zh", 'š', "sh", 'č', "ch", 'ş', "sh", 'ç', "ch",
            'ğ', "gh", 'ñ', "ng", 'ı', "i");

    private static final List<String[]> DIGRAPHS = List.of(new String[] {"rn", "m"}, new String[] {"shch", "s"},
            new String[] {"sh", "s"}, new String[] {"zh", "j"}, new String[] {"kh", "h"}, new String[] {"gh", "g"},
            new String[] {"ch", "c"}, new String[] {"ts", "c"}, new String[] {"tz", "c"}, new String[] {"q", "k"},
            new String[] {"w", "v"});

    private static final Pattern GLIDE = Pattern.compile("[yi]([aeuo])");
    private static final Pattern DOUBLE_I = Pattern.compile("yi|iy|ii");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");

    /** The key of one word (letters and digits only; anything else is dropped). */
    static String of(String word) {
        StringBuilder s = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'I' && i > 0 && Character.isLowerCase(word.charAt(i - 1))) {
                c = 'l';
            }
            c = Character.toLowerCase(c);
            if (c == '0') {
                c = 'o';
            } else if (c == '1') {
                c = 'l';
            }
            String latin = CYRILLIC.get(c);
            if (latin == null) {
                latin = LATIN.get(c);
            }
            if (latin != null) {
                s.append(latin);
            } else {
                s.append(c);
            }
        }
        String k = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        k = k.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        for (String[] d : DIGRAPHS) {
            k = k.replace(d[0], d[1]);
        }
        String before;
        do {
            before = k;
            k = GLIDE.matcher(k).replaceAll("$1");
            k = DOUBLE_I.matcher(k).replaceAll("i");
        } while (!k.equals(before));
        k = k.replace('y', 'i');
        return DOUBLED.matcher(k).replaceAll("$1");
    }

    /**
     * Case endings a name takes in running text, in Russian (Sekerbayevoy, Sekerbayevu, Ivanovym,
     * Zhanary) and Kazakh (Zhanarga, Serzhannyn, Gulzadamen), as written in Cyrillic or Latin; each
     * is compared by its key. English possessives ('s) are handled where words are cut, not here.
     */
    static final List<String> ENDINGS = List.of(
            "a", "u", "e", "y", "i", "o", "oy", "oi", "oyu", "ey", "ei", "eyu", "ym", "im", "om", "em", "ogo", "ego", "omu",
            "emu", "ykh", "ikh", "ami", "yam", "am", "akh", "ov", "ova", "oj",
            "ой", "ою", "ей", "ею", "ую", "ым", "им", "ом", "ем", "ого", "его", "ому", "ему", "ых", "их", "ами", "ям", "ам",
            "ах", "а", "у", "е", "ы", "и", "я", "ю",
            "nyn", "nin", "dyn", "din", "tyn", "tin", "ga", "ge", "ka", "ke", "na", "ne", "ny", "ni", "dy", "di", "ty",
            "ti", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "nan", "nen", "men", "ben", "pen",
            "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты",
            "ті", "да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен");

    /** The keys of {@link #ENDINGS}, longest first, without repeats. */
    static final List<String> ENDING_KEYS = ENDINGS.stream().map(NameSkeleton::of).filter(e -> !e.isEmpty()).distinct()
            .sorted((a, b) -> b.length() - a.length()).toList();

    /** Fewer letters than this and a word's key takes no endings, and is never withheld on its own. */
    static final int MIN_STEM = 3;
}

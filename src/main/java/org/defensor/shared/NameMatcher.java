package org.defensor.shared;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where names occur in a text, over every form a name takes (see {@link Redaction}). The text
 * is cut into {@link Words}; each word's {@link NameSkeleton key} is looked up, as it is and without
 * a case ending, among the keys of the names' words, so the cost grows with the text, not with the
 * number of names.
 */
final class NameMatcher {

    /** Name particles never withheld on their own ("bin", "van"): only as part of the whole name. */
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint", "abu", "van", "von", "der", "den", "del",
            "dela", "las", "los", "uli", "kizi", "ogli");

    /** Words of this many letters or fewer are withheld on their own only when written with a capital. */
    private static final int SHORT = 4;

    /** One word of one spelling of one name. */
    private record Entry(int name, int spelling, int word) {}

    /** Where names occur: the characters from {@code start} to {@code end}, and which names (by position). */
    record Span(int start, int end, BitSet names) {}

    private final List<Redaction.Name> names;
    /** Per name, per spelling, the keys of its words. */
    private final List<List<List<String>>> keys = new ArrayList<>();
    /** Word keys to the words they stand for. */
    private final Map<String, List<Entry>> exact = new HashMap<>();
    /** What a word may be before a case ending: its key, and its key without a last vowel (Sekerbaev-oy). */
    private final Map<String, List<Entry>> stems = new HashMap<>();

    NameMatcher(List<Redaction.Name> names) {
        this.names = names;
        for (int n = 0; n < names.size(); n++) {
            List<List<String>> spellings = new ArrayList<>();
            for (int s = 0; s < names.get(n).spellings().size(); s++) {
                List<String> words = Words.of(names.get(n).spellings().get(s)).stream().map(Words.Word::key)
                        .filter(k -> !k.isEmpty()).toList();
                spellings.add(words);
                for (int w = 0; w < words.size(); w++) {
                    Entry e = new Entry(n, s, w);
                    exact.computeIfAbsent(words.get(w), x -> new ArrayList<>()).add(e);
                    stemsOf(words.get(w)).forEach(stem -> stems.computeIfAbsent(stem, x -> new ArrayList<>()).add(e));
                }
            }
            keys.add(spellings);
        }
    }

    private static List<String> stemsOf(String key) {
        if (key.length() <= NameSkeleton.MIN_STEM) {
            return List.of();
        }
        return "aeiou".indexOf(key.charAt(key.length() - 1)) >= 0 ? List.of(key, key.substring(0, key.length() - 1))
                : List.of(key);
    }

    /** What a word of the text may be without a case ending: for "sekerbaevoi", "sekerbaev" among others. */
    private static Set<String> bases(String key) {
        Set<String> bases = new LinkedHashSet<>();
        for (String ending : NameSkeleton.ENDING_KEYS) {
            if (key.length() - ending.length() >= NameSkeleton.MIN_STEM && key.endsWith(ending)) {
                String base = key.substring(0, key.length() - ending.length());
                bases.add(base);
                bases.add(base + ending.charAt(0)); // a letter doubled at the join is written once
            }
        }
        return bases;
    }

    /** Every occurrence, in text order, without overlaps; a name's words next to each other make one span. */
    List<Span> find(String text) {
        if (text == null || text.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        List<Words.Word> words = Words.of(text);
        int count = words.size();
        BitSet[] marked = new BitSet[count];
        for (int i = 0; i < count; i++) {
            for (Candidate c : candidates(words, i)) {
                for (Entry e : lookup(c.key(), words.get(i).capitalised())) {
                    int to = matchAt(words, i, c, e);
                    for (int j = i; j < to; j++) {
                        (marked[j] == null ? marked[j] = new BitSet() : marked[j]).set(e.name());
                    }
                }
            }
        }
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < count) {
            if (marked[i] == null) {
                i++;
                continue;
            }
            int first = i;
            BitSet which = (BitSet) marked[i].clone();
            while (i + 1 < count && marked[i + 1] != null && words.get(i + 1).joinsPrevious()) {
                which.or(marked[++i]);
            }
            spans.add(withInitials(text, words, first, i, which));
            i++;
        }
        return spans;
    }

    /** The span of words {@code first} to {@code last}, with the initials around it ("Z. A. Sekerbayeva", "Sekerbayeva Z.") and a possessive. */
    private static Span withInitials(String text, List<Words.Word> words, int first, int last, BitSet which) {
        while (first > 0 && words.get(first - 1).isInitial() && words.get(first).followsInitial()) {
            first--;
        }
        int end = words.get(last).end();
        while (last + 1 < words.size()) {
            Words.Word next = words.get(last + 1);
            boolean joined = next.joinsPrevious() || words.get(last).isInitial() && next.followsInitial();
            if (!next.isInitial() || !joined || next.end() >= text.length() || text.charAt(next.end()) != '.') {
                break;
            }
            last++;
            end = next.end() + 1;
        }
        return new Span(words.get(first).start(), Words.afterPossessive(text, end), which);
    }

    /** The names that occur in the text, in the order given. */
    List<Redaction.Name> residue(String text) {
        BitSet found = new BitSet();
        find(text).forEach(s -> found.or(s.names()));
        return found.stream().mapToObj(names::get).toList();
    }

    /** A word, or the two halves of a word cut by a hyphen or a hyphenation at a line's end ("Seker-\nbayeva"). */
    private record Candidate(String key, int words) {}

    private static List<Candidate> candidates(List<Words.Word> words, int i) {
        Words.Word w = words.get(i);
        if (!w.hasLetter()) {
            return List.of();
        }
        if (i + 1 < words.size() && words.get(i + 1).splitsWordBefore()) {
            return List.of(new Candidate(w.key(), 1), new Candidate(NameSkeleton.of(w.text() + words.get(i + 1).text()), 2));
        }
        return List.of(new Candidate(w.key(), 1));
    }

    /**
     * The name words a word's key may be: the same key, or, for a word written with a capital as
     * names are, a stem followed by a case ending (so "feminity" is not an inflected "Feminita").
     */
    private List<Entry> lookup(String key, boolean capitalised) {
        List<Entry> found = new ArrayList<>(exact.getOrDefault(key, List.of()));
        if (!capitalised) {
            return found;
        }
        for (String base : bases(key)) {
            found.addAll(stems.getOrDefault(base, List.of()));
        }
        return found;
    }

    private static boolean sameWord(Words.Word word, String textKey, String nameKey) {
        if (textKey.equals(nameKey)) {
            return true;
        }
        List<String> stems = stemsOf(nameKey);
        return word.capitalised() && !stems.isEmpty() && bases(textKey).stream().anyMatch(stems::contains);
    }

    /**
     * How far the name of {@code e} matches from word {@code i} (the index past its last word), or
     * {@code i} when it does not: the whole spelling in its order or, for a person, family name
     * first ("Sekerbayeva Zhanar"); or, for a person, the word alone when it can stand for them.
     */
    private int matchAt(List<Words.Word> words, int i, Candidate c, Entry e) {
        List<String> spelling = keys.get(e.name()).get(e.spelling());
        boolean person = names.get(e.name()).person();
        int best = i;
        if (e.word() == 0) {
            best = Math.max(best, sequence(words, i + c.words(), spelling, 1, spelling.size()));
        }
        if (person && spelling.size() > 1 && e.word() == spelling.size() - 1) {
            best = Math.max(best, sequence(words, i + c.words(), spelling, 0, spelling.size() - 1));
        }
        if (best == i && (person || spelling.size() == 1) && standsAlone(spelling.get(e.word()), words.get(i))) {
            best = i + c.words();
        }
        return best;
    }

    /** Words {@code from} to {@code to} of the spelling, from word {@code at} of the text: the index past them, or -1. */
    private static int sequence(List<Words.Word> words, int at, List<String> spelling, int from, int to) {
        for (int w = from; w < to; w++) {
            if (at >= words.size() || !words.get(at).joinsPrevious()) {
                return -1;
            }
            if (sameWord(words.get(at), words.get(at).key(), spelling.get(w))) {
                at++;
            } else if (at + 1 < words.size() && words.get(at + 1).splitsWordBefore()
                    && sameWord(words.get(at), NameSkeleton.of(words.get(at).text() + words.get(at + 1).text()), spelling.get(w))) {
                at += 2;
            } else {
                return -1;
            }
        }
        return at;
    }

    /** A given or family name alone: three letters or more, not a particle, and a short one only with a capital. */
    private static boolean standsAlone(String key, Words.Word w) {
        return key.length() >= NameSkeleton.MIN_STEM && !PARTICLES.contains(key) && (key.length() > SHORT || w.capitalised());
    }
}

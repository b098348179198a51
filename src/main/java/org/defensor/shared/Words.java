package org.defensor.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into words, each knowing where it stands in the text and what separates it from the
 * word before. A word is a run of letters, digits and combining marks; the characters that may hide
 * inside a word without splitting it (soft hyphen U+00AD, zero-width space, joiners, word joiner,
 * byte-order mark) are kept in its place but left out of its letters.
 */
final class Words {

    private Words() {}

    /** One word: its place {@code [start, end)} in {@code source}, its letters and its key; {@code gap} is where the separator before it starts. */
    record Word(String source, int gap, int start, int end, String text, String key) {

        boolean hasLetter() {
            return text.chars().anyMatch(Character::isLetter);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** A single capital letter: an initial, when a full stop follows. */
        boolean isInitial() {
            return text.codePointCount(0, text.length()) == 1 && Character.isUpperCase(text.codePointAt(0));
        }

        private String separator() {
            return source.substring(gap, start);
        }

        /** Only spaces (any kind, line breaks included), dashes and apostrophes stand between this word and the one before. */
        boolean joinsPrevious() {
            String s = separator();
            return gap > 0 && !s.isEmpty() && s.chars().allMatch(c -> isSpace(c) || isDash(c) || isApostrophe(c));
        }

        /**
         * One word cut in two, this being its second half: by dashes alone ("Seker‑bayeva"), or by a
         * hyphenation at a line's end ("Seker-\nbayeva").
         */
        boolean splitsWordBefore() {
            String s = separator();
            int i = 0;
            while (i < s.length() && isDash(s.charAt(i))) {
                i++;
            }
            if (i == 0 || gap == 0) {
                return false;
            }
            String rest = s.substring(i);
            return rest.isEmpty() || rest.chars().allMatch(Words::isSpace) && rest.indexOf('\n') >= 0;
        }

        /** A full stop, then spaces or nothing, before this word: it follows an initial ("Z. Sekerbayeva"). */
        boolean followsInitial() {
            String s = separator();
            return s.startsWith(".") && s.substring(1).chars().allMatch(Words::isSpace);
        }
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int gap = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordChar(c) || isHidden(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            StringBuilder letters = new StringBuilder();
            while (i < n) {
                c = text.codePointAt(i);
                if (isWordChar(c)) {
                    letters.appendCodePoint(c);
                } else if (!isHidden(c) || !(i + 1 < n && isWordChar(text.codePointAt(i + 1)))) {
                    break;
                }
                i += Character.charCount(c);
            }
            String word = letters.toString();
            words.add(new Word(text, gap, start, i, word, NameSkeleton.of(word)));
            gap = i;
        }
        return words;
    }

    /** Where a possessive ('s, ’s) right after {@code end} ends; {@code end} when there is none. */
    static int afterPossessive(String text, int end) {
        if (end + 1 < text.length() && isApostrophe(text.charAt(end)) && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
            return end + 2;
        }
        return end;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** Characters that show nothing and may sit inside a word. */
    static boolean isHidden(int c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u180E';
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isHidden(c) && c != '\u00AD';
    }

    static boolean isDash(int c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212' || c == '\u00AD';
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }
}

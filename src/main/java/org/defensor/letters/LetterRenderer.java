package org.defensor.letters;

/** Lays out a letter in one format. */
public interface LetterRenderer {

    byte[] render(Letter letter, LetterFormat format);
}

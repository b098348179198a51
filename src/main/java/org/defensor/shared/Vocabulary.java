package org.defensor.shared;

/** A term of a controlled vocabulary; its label is what people read ("ARBITRARY_ARREST" is "Arbitrary arrest"). */
public interface Vocabulary {

    String name();

    default String label() {
        String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.defensor.shared;

/** A term of a controlled vocabulary; its label is what people read ("ARBITRARY_ARREST" is "Arbitrary arrest"). */
public interface Vocabulary {

    String name();

    /** Abbreviations that stay in capitals in labels. */
    java.util.Set<String> ACRONYMS = java.util.Set.of("NGO", "UN", "ID", "HRD", "LGBTIQ", "ICCPR", "UPR");

    default String label() {
        StringBuilder label = new StringBuilder();
        for (String word : name().split("_")) {
            String text = ACRONYMS.contains(word) ? word : word.toLowerCase(java.util.Locale.ROOT);
            label.append(label.isEmpty() ? "" : " ").append(label.isEmpty() && !ACRONYMS.contains(word)
                    ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text);
        }
        return label.toString();
    }
}

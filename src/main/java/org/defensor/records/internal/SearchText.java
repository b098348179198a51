package org.defensor.records.internal;

import java.util.Collection;

/** Joins the texts of a record into the one full-text field a search matches and highlights. */
final class SearchText {
    private SearchText() {}

    static String join(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Collection<?> many) {
                many.forEach(p -> append(text, p));
            } else {
                append(text, part);
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object part) {
        if (part != null && !part.toString().isBlank()) {
            text.append(text.isEmpty() ? "" : "\n").append(part);
        }
    }
}

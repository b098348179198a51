package org.defensor.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.defensor.web.ApiProblems.FieldError;

/** Text typed in forms, read into values; what cannot be read is refused with its field. */
public final class FormText {

    private FormText() {}

    /** A date typed as yyyy-mm-dd; empty is null. */
    public static LocalDate date(String field, String text, List<FieldError> errors) {
        String value = trimmed(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a date such as 2025-09-25"));
            return null;
        }
    }

    /** A whole number; empty is null. */
    public static Integer number(String field, String text, List<FieldError> errors) {
        String value = trimmed(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a whole number"));
            return null;
        }
    }

    public static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The non-blank lines of a text area. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

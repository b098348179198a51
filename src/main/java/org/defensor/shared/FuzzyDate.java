package org.defensor.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it. The value is the first day of the known period
 * ("May 2024" is 2024-05-01 with MONTH precision), so dates of any precision sort together.
 */
public record FuzzyDate(LocalDate value, DatePrecision precision) implements Comparable<FuzzyDate> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public FuzzyDate {
        if (precision == null) {
            precision = value == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
        }
        if (value == null && precision != DatePrecision.UNKNOWN) {
            throw new IllegalArgumentException("a date with precision " + precision + " needs a value");
        }
        if (value != null) {
            value = switch (precision) {
                case MONTH -> value.withDayOfMonth(1);
                case YEAR -> value.withDayOfYear(1);
                default -> value;
            };
        }
    }

    private static final Pattern TEXT = Pattern.compile("(~)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Reads the compact form used in JSON and forms: "2023-07-29" (day), "2024-05" (month),
     * "2017" (year), "~2024-05-13" (approximate); blank is an unknown date.
     */
    @JsonCreator
    public static FuzzyDate parse(String text) {
        if (text == null || text.isBlank()) {
            return unknown();
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + abbreviate(text)
                    + "' is not a date: write 2023-07-29, 2024-05, 2017 or ~2024-05-13 for an approximate day");
        }
        boolean approximate = m.group(1) != null;
        int year = Integer.parseInt(m.group(2));
        try {
            if (m.group(3) == null) {
                return new FuzzyDate(LocalDate.of(year, 1, 1), approximate ? DatePrecision.APPROXIMATE : DatePrecision.YEAR);
            }
            int month = Integer.parseInt(m.group(3));
            if (m.group(4) == null) {
                return new FuzzyDate(LocalDate.of(year, month, 1), approximate ? DatePrecision.APPROXIMATE : DatePrecision.MONTH);
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(4)));
            return new FuzzyDate(day, approximate ? DatePrecision.APPROXIMATE : DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a date of the calendar: " + e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** The compact form {@link #parse} reads; null for an unknown date. */
    @JsonValue
    public String format() {
        if (value == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> value.toString();
            case MONTH -> value.toString().substring(0, 7);
            case YEAR -> String.valueOf(value.getYear());
            case APPROXIMATE -> "~" + value;
            case UNKNOWN -> null;
        };
    }

    public static FuzzyDate day(int year, int month, int day) {
        return new FuzzyDate(LocalDate.of(year, month, day), DatePrecision.DAY);
    }

    public static FuzzyDate unknown() {
        return new FuzzyDate(null, DatePrecision.UNKNOWN);
    }

    public boolean isKnown() {
        return value != null;
    }

    /** The last day the date may stand for: the end of the month for "May 2024". */
    public LocalDate latest() {
        if (value == null) {
            return null;
        }
        return switch (precision) {
            case MONTH -> value.withDayOfMonth(value.lengthOfMonth());
            case YEAR -> value.withDayOfYear(value.lengthOfYear());
            default -> value;
        };
    }

    public Integer year() {
        return value == null ? null : value.getYear();
    }

    /** Human form: "29 July 2023", "May 2024", "2017", "about 13 May 2024", "date unknown". */
    public String display() {
        if (value == null) {
            return "date unknown";
        }
        return switch (precision) {
            case DAY -> value.format(DAY);
            case MONTH -> value.format(MONTH);
            case YEAR -> String.valueOf(value.getYear());
            case APPROXIMATE -> "about " + value.format(DAY);
            case UNKNOWN -> "date unknown";
        };
    }

    @Override
    public int compareTo(FuzzyDate other) {
        if (value == null || other.value == null) {
            return value == null ? (other.value == null ? 0 : 1) : -1;
        }
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return display();
    }
}

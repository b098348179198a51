package org.defensor.shared;

/**
 * A year as a filter or a reference takes it: four digits at most, so that no date arithmetic on it
 * can overflow. Read from a query parameter once, at the boundary ({@link #valueOf}).
 */
public record CalendarYear(int value) {

    public static final int FIRST = 1;
    public static final int LAST = 9999;

    public CalendarYear {
        if (value < FIRST || value > LAST) {
            throw new IllegalArgumentException("must be a year from " + FIRST + " to " + LAST);
        }
    }

    /** Reads "2024"; refuses anything else with the reason (Spring's conversion of request parameters calls it). */
    public static CalendarYear valueOf(String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("-?\\d{1,10}")) {
            throw new IllegalArgumentException("'" + (digits.length() > 20 ? digits.substring(0, 20) + "..." : digits)
                    + "' is not a year: write it in digits, e.g. 2024");
        }
        long year = Long.parseLong(digits);
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException("must be a year from " + FIRST + " to " + LAST);
        }
        return new CalendarYear((int) year);
    }

    /** The number, or null for no year. */
    public static Integer number(CalendarYear year) {
        return year == null ? null : year.value();
    }
}

package org.defensor.communications;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A communication's reference, {@code TYPE ISO3 N/YEAR} ("AL KAZ 4/2025"): the Nth communication
 * to that country in that year, whatever its type.
 */
public record Reference(CommunicationType type, String country, int number, int year) {

    private static final Pattern FORMAT = Pattern.compile("\\s*([A-Za-z]{2,3})\\s+([A-Za-z]{3})\\s+(\\d{1,4})\\s*/\\s*(\\d{4})\\s*");

    /** The United Nations' first year: no communication is older. */
    public static final int FIRST_YEAR = 1946;
    public static final int LAST_YEAR = 9999;

    public Reference {
        if (number < 1 || year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("number must be 1 or more and year a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    /** Reads "AL KAZ 4/2025" (spacing and case are forgiven); refuses anything else with the reason. */
    public static Reference parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("must read TYPE ISO3 N/YEAR, e.g. AL KAZ 4/2025");
        }
        CommunicationType type;
        try {
            type = CommunicationType.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + m.group(1) + "' is not a communication type (AL, UA, OL, JAL, JUA, JOL)");
        }
        return new Reference(type, m.group(2).toUpperCase(Locale.ROOT), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    @Override
    public String toString() {
        return type + " " + country + " " + number + "/" + year;
    }
}

package org.defensor.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A length of time as the source states it, e.g. "approximately three and a half hours" or "ten days". */
public record ApproxDuration(Duration value, boolean approximate) {

    public ApproxDuration {
        if (value == null) {
            throw new IllegalArgumentException("a duration needs a value");
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
    }

    public static ApproxDuration of(Duration value, boolean approximate) {
        return value == null ? null : new ApproxDuration(value, approximate);
    }

    /** Reads ISO 8601, with "~" in front for an approximate one: "P10D", "~PT3H30M". Blank is none. */
    @JsonCreator
    public static ApproxDuration parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        boolean approximate = trimmed.startsWith("~");
        try {
            return new ApproxDuration(Duration.parse(approximate ? trimmed.substring(1) : trimmed), approximate);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "..." : trimmed)
                    + "' is not a duration: write P10D for ten days or ~PT3H30M for about three and a half hours");
        }
    }

    @JsonValue
    public String format() {
        return (approximate ? "~" : "") + value;
    }

    /** "approx. 3 h 30 min", "10 days". */
    public String display() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        long days = value.toDays();
        if (days > 0) {
            parts.add(days + (days == 1 ? " day" : " days"));
        }
        if (value.toHoursPart() > 0) {
            parts.add(value.toHoursPart() + " h");
        }
        if (value.toMinutesPart() > 0 || parts.isEmpty()) {
            parts.add(value.toMinutesPart() + " min");
        }
        return (approximate ? "approx. " : "") + String.join(" ", parts);
    }
}

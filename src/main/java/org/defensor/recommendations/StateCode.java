package org.defensor.recommendations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A State by its ISO 3166-1 alpha-3 code ("KAZ"), as UN documents and the records name it. */
public record StateCode(String code) implements Comparable<StateCode> {

    public StateCode {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-3 code such as KAZ");
        }
    }

    /** The code typed in any case and with spaces around it. */
    @JsonCreator
    public static StateCode of(String text) {
        return new StateCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }

    @Override
    public int compareTo(StateCode other) {
        return code.compareTo(other.code);
    }
}

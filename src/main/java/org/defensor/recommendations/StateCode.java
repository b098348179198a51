package org.defensor.recommendations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A State by its ISO 3166-1 alpha-3 code ("KAZ"), as UN documents and the records name it. */
public record StateCode(String code) implements Comparable<StateCode> {

    /** ISO 3166 alpha-3 to the English short name, from the JDK's own tables. */
    private static final Map<String, String> NAMES = Stream.of(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2))
            .collect(Collectors.toUnmodifiableMap(Locale::getISO3Country, l -> l.getDisplayCountry(Locale.ENGLISH), (a, b) -> a));

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

    /** "Kazakhstan" for KAZ, as a letter names the State; the code itself for one the tables do not know. */
    public String englishName() {
        return NAMES.getOrDefault(code, code);
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

package org.defensor.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ReferenceProperties {

    @Property
    void printedReferencesReadBackAsThemselves(@ForAll CommunicationType type,
                                               @ForAll @AlphaChars @StringLength(3) String country,
                                               @ForAll @IntRange(min = 1, max = 9999) int number,
                                               @ForAll @IntRange(min = 1946, max = 2999) int year) {
        Reference reference = new Reference(type, country.toUpperCase(), number, year);
        assertThat(Reference.parse(reference.toString())).isEqualTo(reference);
        assertThat(Reference.parse("  " + reference.toString().toLowerCase().replace("/", " / ") + " ")).isEqualTo(reference);
    }

    @Property
    void anythingElseIsRefusedWithTheExpectedForm(@ForAll @StringLength(max = 30) String text) {
        if (text.matches("\\s*[A-Za-z]{2,3}\\s+[A-Za-z]{3}\\s+\\d{1,4}\\s*/\\s*\\d{4}\\s*")) {
            return;
        }
        assertThatThrownBy(() -> Reference.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AL KAZ 4/2025");
    }

    @Test
    void readsTheSeedReferences() {
        assertThat(Reference.parse("AL KAZ 4/2025")).isEqualTo(new Reference(CommunicationType.AL, "KAZ", 4, 2025));
        assertThat(Reference.parse("OL CHN 17/2020").type()).isEqualTo(CommunicationType.OL);
    }

    @Test
    void refusesAnUnknownTypeNamingIt() {
        assertThatThrownBy(() -> Reference.parse("XX KAZ 4/2025")).hasMessageContaining("'XX' is not a communication type");
    }
}

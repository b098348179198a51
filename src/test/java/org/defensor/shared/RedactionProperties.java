package org.defensor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RedactionProperties {

    @Property
    void noRedactedNameSurvivesInAnyCase(@ForAll @AlphaChars @StringLength(min = 3, max = 12) String name,
                                         @ForAll @StringLength(max = 40) String before,
                                         @ForAll @StringLength(max = 40) String after) {
        String text = before + " " + name.toUpperCase() + " " + after + " " + name;
        String redacted = new Redaction(List.of(name)).apply(text);
        // Only whole words are redacted, so the name may survive glued inside a longer word of the noise.
        assertThat(redacted).contains(Redaction.MARK);
        assertThat(redacted.toLowerCase().split("[^\\p{L}\\p{N}]+")).doesNotContain(name.toLowerCase());
    }

    @Property
    void textWithoutTheNamesIsUnchanged(@ForAll @StringLength(max = 80) String text) {
        String name = "Sekerbayeva";
        if (text.toLowerCase().contains(name.toLowerCase())) {
            return;
        }
        assertThat(new Redaction(List.of(name)).apply(text)).isEqualTo(text);
    }

    @Test
    void replacesEverySpellingAndTheFullNameAsOne() {
        Redaction r = new Redaction(List.of("Zhanar", "Zhanar Sekerbayeva", "Sekerbaeva"));
        assertThat(r.apply("Ms. Zhanar\nSekerbayeva (Sekerbaeva) met Zhanarova."))
                .isEqualTo("Ms. [REDACTED] ([REDACTED]) met Zhanarova.");
    }

    @Test
    void redactsNamesWithCyrillicLettersAndPunctuation() {
        assertThat(new Redaction(List.of("Жанар", "O'Brien")).apply("Жанар and O'BRIEN."))
                .isEqualTo("[REDACTED] and [REDACTED].");
    }
}

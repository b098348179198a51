package org.defensor.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class WordingProperties {

    @Property(tries = 3000)
    void plainTextWithoutTagsIsFilledUnchanged(@ForAll("plainTexts") String text) {
        assertThat(Wording.fill(text, Map.of("persons", "Zhanar Sekerbayeva"))).isEqualTo(text);
    }

    @Property(tries = 1000)
    void plainTextWithoutTagsIsAValidTemplate(@ForAll("plainTexts") String text) {
        assertThat(Wording.problems(text, Set.of())).isEmpty();
    }

    @Property(tries = 500)
    void aValueIsInsertedAsWrittenWithoutEscaping(@ForAll @StringLength(max = 100) String value) {
        assertThat(Wording.fill("Concerning {{persons}}.", Map.of("persons", value))).isEqualTo("Concerning " + value + ".");
    }

    /** Any characters, and often the ones that mean something to Mustache, but never "{{". */
    @Provide
    Arbitrary<String> plainTexts() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> nearlyTags = Arbitraries.strings().withChars("{}#^/&>!=.-| \n\r\t").withCharRange('a', 'c')
                .ofMaxLength(60);
        return Arbitraries.oneOf(any, nearlyTags).filter(text -> !text.contains("{{"));
    }
}

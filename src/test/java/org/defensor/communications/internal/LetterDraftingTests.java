package org.defensor.communications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;
import org.junit.jupiter.api.Test;

class LetterDraftingTests {

    @Test
    void storedFactsSplitIntoOnePartPerIncidentWithItsHeading() {
        String facts = """
                Some context first.

                ### 29 July 2023: Attempted vehicle assault
                A man drove onto the crossing.

                Complaint filed at Bostandyk District Police Department.
                ### 13 February 2025: Disruption of an education event
                Participants were insulted.""";
        List<Part> parts = LetterDrafting.factParts(facts);
        assertThat(parts).extracting(Part::kind).containsOnly(PartKind.FACTS);
        assertThat(parts).extracting(Part::heading)
                .containsExactly(null, "29 July 2023: Attempted vehicle assault", "13 February 2025: Disruption of an education event");
        assertThat(parts.get(1).paragraphs()).containsExactly("A man drove onto the crossing.",
                "Complaint filed at Bostandyk District Police Department.");
    }

    @Test
    void noFactsGiveNoParts() {
        assertThat(LetterDrafting.factParts("  ")).isEmpty();
    }
}

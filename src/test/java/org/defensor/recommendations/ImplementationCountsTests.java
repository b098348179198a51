package org.defensor.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.defensor.recommendations.ImplementationCounts.Count;
import org.defensor.records.Theme;
import org.defensor.shared.Confidentiality;
import org.junit.jupiter.api.Test;

class ImplementationCountsTests {

    private static RecommendationData recommendation(Mechanism mechanism, Position position, ImplementationStatus latest, Theme... themes) {
        return new RecommendationData(null, null, mechanism, "DOC/1", null, ParagraphId.parse("1"), "text", null, null, List.of(),
                new StateCode("KAZ"), position, null, List.of(themes), List.of(), Set.of(), List.of(), null, Confidentiality.PUBLIC,
                Confidentiality.PUBLIC, null, latest, List.of(), List.of());
    }

    private static List<String> shown(ImplementationCounts.Tally tally) {
        return tally.counts().stream().map(c -> c.label() + "=" + c.count()).toList();
    }

    @Test
    void statusesComeInTheVocabularysOrderWithTheUnassessedLast() {
        ImplementationCounts counts = ImplementationCounts.of(List.of(
                recommendation(Mechanism.UPR, Position.SUPPORTED, ImplementationStatus.IMPLEMENTED),
                recommendation(Mechanism.UPR, Position.SUPPORTED, ImplementationStatus.NOT_IMPLEMENTED),
                recommendation(Mechanism.UPR, Position.NOTED, ImplementationStatus.NOT_IMPLEMENTED),
                recommendation(Mechanism.TREATY_BODY, null, null)));

        assertThat(counts.total()).isEqualTo(4);
        assertThat(shown(counts.byStatus())).containsExactly("Not implemented=2", "Implemented=1", "Not assessed=1");
        assertThat(shown(counts.byPosition())).containsExactly("Supported=2", "Noted=1", "No position recorded=1");
        assertThat(shown(counts.byMechanism())).containsExactly("UPR=3", "Treaty body=1");
        assertThat(counts.byStatus().counts().get(2).key()).isNull();
    }

    @Test
    void aRecommendationCountsUnderEachOfItsThemesMostFrequentFirst() {
        ImplementationCounts counts = ImplementationCounts.of(List.of(
                recommendation(Mechanism.UPR, Position.SUPPORTED, null, Theme.WOMENS_RIGHTS, Theme.FREEDOM_OF_ASSEMBLY),
                recommendation(Mechanism.UPR, Position.SUPPORTED, null, Theme.FREEDOM_OF_ASSEMBLY),
                recommendation(Mechanism.UPR, Position.SUPPORTED, null)));

        assertThat(shown(counts.byTheme())).containsExactly("Freedom of assembly=2", "Womens rights=1", "No theme=1");
    }

    @Test
    void barsAreScaledToTheLargestCountAndAnOccurringValueIsNeverInvisible() {
        ImplementationCounts.Tally tally = new ImplementationCounts.Tally("t", null,
                List.of(new Count("A", "A", 1000), new Count("B", "B", 1), new Count("C", "C", 0)));

        assertThat(tally.length(tally.counts().get(0), 270)).isEqualTo(270);
        assertThat(tally.length(tally.counts().get(1), 270)).isEqualTo(1);
        assertThat(tally.length(tally.counts().get(2), 270)).isZero();
        assertThat(ImplementationCounts.of(List.of()).byStatus().counts()).isEmpty();
    }
}

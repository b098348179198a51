package org.defensor.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.defensor.records.Right;
import org.defensor.shared.Confidentiality;
import org.junit.jupiter.api.Test;

class CitedRecommendationsTests {

    private static final StateCode KAZ = new StateCode("KAZ");
    private static final UUID INCIDENT = UUID.randomUUID();
    private static final CitedRecommendations.Concerns ASSEMBLY = new CitedRecommendations.Concerns(
            Set.of(Right.FREEDOM_OF_PEACEFUL_ASSEMBLY), Set.of("ICCPR:21"), Set.of(INCIDENT));

    private static RecommendationData recommendation(Mechanism mechanism, String document, String identifier, String text, LocalDate date,
                                                     StateCode state, Position position, Set<Right> rights, List<EvidenceData> evidence,
                                                     Confidentiality level) {
        return new RecommendationData(UUID.randomUUID(), 0L, mechanism, document, null, ParagraphId.parse(identifier), text, date, null,
                List.of(), state, position, null, List.of(), List.of(), rights, List.of(), null, level, level, null, null, List.of(), evidence);
    }

    private static RecommendationData upr(String identifier, Position position, Set<Right> rights) {
        return recommendation(Mechanism.UPR, "A/HRC/59/10", identifier, "Protect assemblies " + identifier, LocalDate.of(2025, 1, 23), KAZ,
                position, rights, List.of(), Confidentiality.PUBLIC);
    }

    private static RecommendationData concluding(String document, LocalDate date, String identifier, String text, Position position) {
        return recommendation(Mechanism.TREATY_BODY, document, identifier, text, date, KAZ, position,
                Set.of(Right.FREEDOM_OF_PEACEFUL_ASSEMBLY), List.of(), Confidentiality.PUBLIC);
    }

    private static Map<String, List<String>> identifiers(Map<String, List<RecommendationData>> byDocument) {
        Map<String, List<String>> shown = new java.util.LinkedHashMap<>();
        byDocument.forEach((d, list) -> shown.put(d, list.stream().map(r -> r.identifier().toString()).toList()));
        return shown;
    }

    @Test
    void citesWhatTheStateSupportedOnTheIncidentsRightsInDocumentOrderAndNotWhatItOnlyNoted() {
        CitedRecommendations cited = CitedRecommendations.of(KAZ, List.of(
                upr("140.111", Position.SUPPORTED, Set.of(Right.FREEDOM_OF_PEACEFUL_ASSEMBLY)),
                upr("140.92", Position.SUPPORTED, Set.of(Right.FREEDOM_OF_PEACEFUL_ASSEMBLY)),
                upr("140.50", Position.NOTED, Set.of(Right.FREEDOM_OF_PEACEFUL_ASSEMBLY)),
                upr("140.60", Position.SUPPORTED, Set.of(Right.PRIVACY))), ASSEMBLY);

        assertThat(identifiers(cited.upr())).containsExactly(Map.entry("A/HRC/59/10", List.of("140.92", "140.111")));
        assertThat(cited.treatyBodies()).isEmpty();
    }

    @Test
    void citesTheLatestConcludingObservationsFirstSkippingChapeauxRejectedOnesOtherStatesAndNgoPapers() {
        CitedRecommendations cited = CitedRecommendations.of(KAZ, List.of(
                concluding("CEDAW/C/KAZ/CO/5", LocalDate.of(2019, 11, 12), "18(a)", "Enhance cooperation with civil society;", null),
                concluding("CCPR/C/KAZ/CO/3", LocalDate.of(2025, 9, 3), "54(b)", "Ensure that assemblies are not dispersed.", null),
                concluding("CCPR/C/KAZ/CO/3", LocalDate.of(2025, 9, 3), "54", "The State party should:", null),
                concluding("CCPR/C/KAZ/CO/3", LocalDate.of(2025, 9, 3), "54(a)", "Review the law on assemblies;", Position.ACCEPTED),
                concluding("CCPR/C/KAZ/CO/3", LocalDate.of(2025, 9, 3), "52", "Repeal article 174", Position.REJECTED),
                recommendation(Mechanism.TREATY_BODY, "CCPR/C/UZB/CO/5", "20", "Protect assemblies", LocalDate.of(2025, 1, 1),
                        new StateCode("UZB"), null, Set.of(Right.FREEDOM_OF_PEACEFUL_ASSEMBLY), List.of(), Confidentiality.PUBLIC),
                recommendation(Mechanism.OTHER, null, "1", "Allow an inquiry", null, KAZ, null, Set.of(Right.FREEDOM_OF_PEACEFUL_ASSEMBLY),
                        List.of(), Confidentiality.PUBLIC)), ASSEMBLY);

        assertThat(identifiers(cited.treatyBodies())).containsExactly(
                Map.entry("CCPR/C/KAZ/CO/3", List.of("54(a)", "54(b)")), Map.entry("CEDAW/C/KAZ/CO/5", List.of("18(a)")));
    }

    @Test
    void aRecommendationLinkedToAnIncidentAsEvidenceIsCitedWhateverItsRightsButNeverOneThatIsNotPublic() {
        EvidenceData link = new EvidenceData(UUID.randomUUID(), EvidenceKind.INCIDENT, INCIDENT, "no one held accountable",
                Confidentiality.PUBLIC, Confidentiality.PUBLIC, null, null, null, null, null);
        RecommendationData linked = recommendation(Mechanism.UPR, "A/HRC/59/10", "140.103", "Establish a protection mechanism",
                LocalDate.of(2025, 1, 23), KAZ, Position.SUPPORTED, Set.of(), List.of(link), Confidentiality.PUBLIC);
        RecommendationData restricted = recommendation(Mechanism.UPR, "A/HRC/59/10", "140.92", "Protect assemblies",
                LocalDate.of(2025, 1, 23), KAZ, Position.SUPPORTED, Set.of(Right.FREEDOM_OF_PEACEFUL_ASSEMBLY), List.of(),
                Confidentiality.RESTRICTED);

        assertThat(identifiers(CitedRecommendations.of(KAZ, List.of(linked, restricted), ASSEMBLY).upr()))
                .containsExactly(Map.entry("A/HRC/59/10", List.of("140.103")));
    }

    @Test
    void aQuotedRecommendationReadsInsideASentence() {
        assertThat(CitedRecommendations.quoted("Ensure that judges receive training; and")).isEqualTo("ensure that judges receive training");
        assertThat(CitedRecommendations.quoted("  Take measures to protect defenders.  ")).isEqualTo("take measures to protect defenders");
        assertThat(CitedRecommendations.quoted("LGBTIQ+ persons must be protected;")).isEqualTo("LGBTIQ+ persons must be protected");
        assertThat(CitedRecommendations.quoted("The Committee recommends that the State party ensure that defenders are protected."))
                .isEqualTo("ensure that defenders are protected");
        assertThat(CitedRecommendations.quoted("The State party should review the law on charities;")).isEqualTo("review the law on charities");
        assertThat(CitedRecommendations.quoted("guarantee freedom of thought, conscience and association"))
                .isEqualTo("guarantee freedom of thought, conscience and association");
    }

    @Test
    void namesTheCommitteeOfAConcludingObservationsSymbol() {
        assertThat(CitedRecommendations.committeeOf("CCPR/C/KAZ/CO/3")).contains("Human Rights Committee");
        assertThat(CitedRecommendations.committeeOf("E/C.12/KAZ/CO/2")).contains("Committee on Economic, Social and Cultural Rights");
        assertThat(CitedRecommendations.committeeOf("cedaw/c/kaz/co/5")).contains("Committee on the Elimination of Discrimination against Women");
        assertThat(CitedRecommendations.committeeOf("A/HRC/59/10")).isEmpty();
        assertThat(new StateCode("KAZ").englishName()).isEqualTo("Kazakhstan");
    }

    @Test
    void aParagraphInWhichTheCommitteeObservesIsCitedAsItsOwnSentence() {
        assertThat(CitedRecommendations.isObservation("the Committee expressed a specific concern at information that NGOs ...")).isTrue();
        assertThat(CitedRecommendations.isObservation("The Committee is concerned that defenders are harassed.")).isTrue();
        assertThat(CitedRecommendations.isObservation("The Committee recommends that the State party protect defenders")).isFalse();
        assertThat(CitedRecommendations.isObservation("The Committee urges the State party to repeal article 174")).isFalse();
        assertThat(CitedRecommendations.isObservation("Guarantee an enabling environment for NGOs")).isFalse();
        assertThat(CitedRecommendations.sentence("the Committee expressed concern at reprisals;")).isEqualTo("The Committee expressed concern at reprisals");
    }
}

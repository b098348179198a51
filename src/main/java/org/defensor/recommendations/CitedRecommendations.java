package org.defensor.recommendations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.defensor.records.Right;
import org.defensor.shared.Confidentiality;

/**
 * The recommendations a letter to a State cites in its annex, as seed 000 does: those the State
 * supported at its Universal Periodic Review and those of the treaty bodies' concluding observations,
 * that concern the rights or provisions of the letter's incidents or were linked to one of them as
 * evidence. A UPR recommendation the State only noted, and a treaty body's it rejected, are not
 * cited as commitments; NGO and Special Procedures recommendations are not cited either. A chapeau
 * ("54. The State party should:") is not cited itself: its sub-paragraphs are, when they match. Only
 * public recommendations are cited: a letter goes to the State and is published, so what it quotes
 * must be publishable whoever renders it.
 *
 * @param upr          by UPR outcome document, the latest review first, each in document order
 * @param treatyBodies by concluding observations, the latest first, each in document order
 */
public record CitedRecommendations(Map<String, List<RecommendationData>> upr, Map<String, List<RecommendationData>> treatyBodies) {

    /** What the letter's incidents engage. */
    public record Concerns(Set<Right> rights, Set<String> provisions, Set<UUID> incidents) {}

    public CitedRecommendations {
        upr = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(upr));
        treatyBodies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(treatyBodies));
    }

    public boolean isEmpty() {
        return upr.isEmpty() && treatyBodies.isEmpty();
    }

    public static CitedRecommendations of(StateCode state, Collection<RecommendationData> candidates, Concerns concerns) {
        List<RecommendationData> cited = candidates.stream()
                .filter(r -> r.stateUnderReview().equals(state))
                .filter(r -> r.effectiveConfidentiality() == Confidentiality.PUBLIC)
                .filter(CitedRecommendations::isCommitment)
                .filter(r -> !r.text().strip().endsWith(":"))
                .filter(r -> concerns(r, concerns))
                .toList();
        return new CitedRecommendations(byDocument(cited, Mechanism.UPR), byDocument(cited, Mechanism.TREATY_BODY));
    }

    private static Map<String, List<RecommendationData>> byDocument(List<RecommendationData> cited, Mechanism mechanism) {
        Map<String, List<RecommendationData>> byDocument = new LinkedHashMap<>();
        cited.stream().filter(r -> r.mechanism() == mechanism)
                .sorted(Comparator.comparing(RecommendationData::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(r -> r.document() == null ? "" : r.document()))
                .forEach(r -> byDocument.computeIfAbsent(r.document() == null ? "" : r.document(), d -> new ArrayList<>()).add(r));
        byDocument.values().forEach(list -> list.sort(Comparator.comparing(RecommendationData::identifier)));
        return byDocument;
    }

    private static boolean isCommitment(RecommendationData r) {
        return switch (r.mechanism()) {
            case UPR -> r.position() == Position.SUPPORTED;
            case TREATY_BODY -> r.position() != Position.REJECTED;
            case SPECIAL_PROCEDURE, OTHER -> false;
        };
    }

    private static boolean concerns(RecommendationData r, Concerns concerns) {
        return r.rights().stream().anyMatch(concerns.rights()::contains)
                || r.provisions().stream().anyMatch(concerns.provisions()::contains)
                || r.evidence().stream().anyMatch(e -> concerns.incidents().contains(e.target()));
    }

    /** Words opening a recommendation that name who recommends to whom. */
    private static final String RECOMMENDS = "(?:recommends|urges|calls upon|calls on|encourages|requests|invites)";
    private static final String LEAD = "(?i)^(?:the committee\\s+" + RECOMMENDS + "\\s+(?:that\\s+)?)?the state party\\s+(?:should\\s+|to\\s+)?";

    /** Treaty bodies by the first part of their documents' symbols. */
    private static final Map<String, String> COMMITTEES = Map.of(
            "CCPR", "Human Rights Committee",
            "CEDAW", "Committee on the Elimination of Discrimination against Women",
            "E/C.12", "Committee on Economic, Social and Cultural Rights",
            "CAT", "Committee against Torture",
            "CRC", "Committee on the Rights of the Child",
            "CERD", "Committee on the Elimination of Racial Discrimination",
            "CRPD", "Committee on the Rights of Persons with Disabilities",
            "CED", "Committee on Enforced Disappearances",
            "CMW", "Committee on Migrant Workers");

    /** "Human Rights Committee" for "CCPR/C/KAZ/CO/3"; empty for a symbol of no treaty body known here. */
    public static java.util.Optional<String> committeeOf(String document) {
        String symbol = document == null ? "" : document.strip().toUpperCase(java.util.Locale.ROOT);
        return COMMITTEES.entrySet().stream().filter(c -> symbol.startsWith(c.getKey() + "/")).map(Map.Entry::getValue).findFirst();
    }

    /**
     * The recommendation's words as a sentence quotes them: "Ensure thorough investigations ...;" becomes
     * "ensure thorough investigations ..." (the first word lower-cased unless it is an acronym, the
     * closing punctuation and a trailing "and"/"or" of a list of sub-paragraphs dropped, and so is a lead
     * such as "The Committee recommends that the State party" or "The State party should", which the
     * citing sentence says itself).
     */
    public static String quoted(String text) {
        String words = text.strip().replaceAll("[\\s;:,.]*(?:\\s+(?:and|or))?[\\s;:,.]*$", "").replaceFirst(LEAD, "");
        if (words.length() > 1 && Character.isUpperCase(words.charAt(0)) && Character.isLowerCase(words.charAt(1))) {
            words = Character.toLowerCase(words.charAt(0)) + words.substring(1);
        }
        return words;
    }

    /**
     * Whether the paragraph reports what the Committee observed rather than what it recommends ("The
     * Committee expressed concern at ...", "The Committee is concerned that ..."): it is then cited as a
     * sentence of its own, not quoted after "recommended that".
     */
    public static boolean isObservation(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT).matches("(?s)(the|this) committee\\b(?!\\s+" + RECOMMENDS + ").*");
    }

    /** The paragraph as a sentence of its own: its first letter a capital, its closing punctuation dropped. */
    public static String sentence(String text) {
        String words = quoted(text);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

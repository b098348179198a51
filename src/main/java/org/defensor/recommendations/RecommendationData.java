package org.defensor.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.defensor.records.Right;
import org.defensor.records.Theme;
import org.defensor.shared.Confidentiality;

/**
 * A recommendation made to a State. Its document is a UN symbol ({@code document}, such as
 * {@code CCPR/C/KAZ/CO/3}) or a source record ({@code sourceId}, for an NGO paper), or both; its
 * {@code identifier} is unique within that document. {@code provisions} are codes of the legal
 * catalogue ("ICCPR:21"). The first of {@code themes} is the one the implementation report files it under. {@code confidentiality} is the level its author declared; the stored
 * level ({@code effectiveConfidentiality}) is never below the source record's.
 *
 * <p>Read only, ignored on writes: {@code parent} (the identifier it is part of, when that is
 * recorded), {@code latestStatus}, {@code assessments} and {@code evidence} (each written through its
 * own operation) and {@code effectiveConfidentiality}.
 */
public record RecommendationData(
        UUID id,
        Long version,
        @NotNull Mechanism mechanism,
        @Size(max = 200) String document,
        UUID sourceId,
        @NotNull ParagraphId identifier,
        @NotBlank @Size(max = 20000) String text,
        LocalDate date,
        @Size(max = 100) String cycle,
        List<@NotNull StateCode> recommendingStates,
        @NotNull StateCode stateUnderReview,
        Position position,
        LocalDate positionDate,
        List<@NotNull Theme> themes,
        List<@NotBlank @Size(max = 200) String> affectedGroups,
        Set<@NotNull Right> rights,
        List<@NotBlank String> provisions,
        LocalDate followUpDeadline,
        Confidentiality confidentiality,
        Confidentiality effectiveConfidentiality,
        ParagraphId parent,
        ImplementationStatus latestStatus,
        List<AssessmentData> assessments,
        List<EvidenceData> evidence) {

    /** A recommendation as written: what a caller sends, without the parts read only. */
    public static RecommendationData of(Mechanism mechanism, String document, UUID sourceId, ParagraphId identifier, String text,
                                        LocalDate date, String cycle, List<StateCode> recommendingStates, StateCode stateUnderReview,
                                        Position position, LocalDate positionDate, List<Theme> themes, List<String> affectedGroups,
                                        Set<Right> rights, List<String> provisions, LocalDate followUpDeadline,
                                        Confidentiality confidentiality) {
        return new RecommendationData(null, null, mechanism, document, sourceId, identifier, text, date, cycle, recommendingStates,
                stateUnderReview, position, positionDate, themes, affectedGroups, rights, provisions, followUpDeadline,
                confidentiality, null, null, null, null, null);
    }

    /** The same recommendation with another id and version, for a write. */
    public RecommendationData withIdAndVersion(UUID newId, Long newVersion) {
        return new RecommendationData(newId, newVersion, mechanism, document, sourceId, identifier, text, date, cycle, recommendingStates,
                stateUnderReview, position, positionDate, themes, affectedGroups, rights, provisions, followUpDeadline, confidentiality,
                effectiveConfidentiality, parent, latestStatus, assessments, evidence);
    }

    /** "UPR 140.111", "CCPR/C/KAZ/CO/3 para. 14(a)": how lists and reports name it. */
    public String label() {
        if (mechanism == Mechanism.UPR) {
            return "UPR " + identifier;
        }
        return (document == null || document.isBlank() ? mechanism.label() : document) + " para. " + identifier;
    }
}

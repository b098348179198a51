package org.defensor.recommendations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.Confidentiality;

/**
 * An assessment of a recommendation's implementation on {@code date} by {@code author}, with the
 * reasoning and the recommendation's evidence links ({@code evidence}, ids of {@link EvidenceData})
 * it rests on. {@code confidentiality} is the level its author declared (RESTRICTED when none); the
 * stored level ({@code effectiveConfidentiality}, read only) is never below that of its evidence.
 */
public record AssessmentData(
        UUID id,
        @NotNull ImplementationStatus status,
        @NotNull LocalDate date,
        @Size(max = 200) String author,
        @Size(max = 20000) String reasoning,
        List<@NotNull UUID> evidence,
        Confidentiality confidentiality,
        Confidentiality effectiveConfidentiality) {

    public static AssessmentData of(ImplementationStatus status, LocalDate date, String author, String reasoning, List<UUID> evidence,
                                    Confidentiality confidentiality) {
        return new AssessmentData(null, status, date, author, reasoning, evidence, confidentiality, null);
    }
}

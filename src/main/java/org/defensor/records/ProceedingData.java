package org.defensor.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.FuzzyDate;

/**
 * A complaint, investigation, case, appeal or application attached to an incident, with its decisions.
 * {@code concerning} lists the persons it is about (the accused, the applicants); {@code provisions}
 * the articles it is brought under; {@code appealOf} the proceeding it appeals.
 */
public record ProceedingData(
        UUID id,
        @NotNull ProceedingKind kind,
        @NotNull ProceedingPurpose purpose,
        @Size(max = Limits.NAME) String title,
        FuzzyDate started,
        @Valid PartyRef filedBy,
        UUID authorityId,
        @Size(max = Limits.SHORT) String reference,
        List<UUID> concerning,
        List<String> provisions,
        UUID appealOf,
        @Size(max = Limits.TEXT) String description,
        List<@Valid DecisionData> decisions,
        List<@Valid CitationData> sources) {}

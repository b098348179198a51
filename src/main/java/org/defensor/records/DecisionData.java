package org.defensor.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.defensor.shared.ApproxDuration;
import org.defensor.shared.FuzzyDate;
import org.defensor.shared.Money;

/** A decision in a proceeding: by which authority, when, under which reference, deciding what and why. */
public record DecisionData(
        UUID id,
        FuzzyDate date,
        UUID authorityId,
        @Size(max = Limits.SHORT) String reference,
        @NotNull Outcome outcome,
        @Size(max = Limits.EXCERPT) String grounds,
        Money fine,
        ApproxDuration duration,
        @Size(max = Limits.EXCERPT) String description) {}

package org.defensor.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.defensor.shared.FuzzyDate;

/** A person's tie to an organisation (founder, member, officer), with the dates it held. */
public record AffiliationData(
        @NotNull UUID organisationId, @Size(max = Limits.SHORT) String role, FuzzyDate start, FuzzyDate end) {}

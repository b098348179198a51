package org.defensor.mandates;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A Special Procedures mandate. {@code title} is the official title of the mandate holder
 * ("Special Rapporteur on the situation of human rights defenders"); {@code shortName} is what
 * desks call it ("SR HRD").
 */
public record MandateData(
        UUID id,
        Long version,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 50) String shortName,
        @NotNull MandateKind kind,
        List<@Valid ResolutionData> resolutions,
        List<@Valid HolderData> holders) {}

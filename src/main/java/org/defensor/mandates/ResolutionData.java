package org.defensor.mandates;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A Human Rights Council resolution cited for a mandate ("59/4"). {@code citedSince} is the earliest
 * date a letter is known to cite it: letters from that date on cite it, until a later one is cited.
 */
public record ResolutionData(
        @NotNull @Pattern(regexp = "\\d{1,3}/\\d{1,3}", message = "must be a Human Rights Council resolution such as 59/4") String resolution,
        @NotNull LocalDate citedSince,
        @Size(max = 1000) String note) {}

package org.defensor.mandates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A mandate holder and the capacity they sign in ("Chair-Rapporteur of the Working Group on ...").
 * {@code from} is the start of the term, or the earliest date they are known to have signed;
 * {@code to} is the end of the term, empty while unknown or in office.
 */
public record HolderData(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 500) String capacity,
        LocalDate from,
        LocalDate to,
        @Size(max = 1000) String note) {}

package org.defensor.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.defensor.shared.Confidentiality;

/**
 * A personal detail of a person (a telephone number, an address, an identity number, health
 * information) with its own level: CONFIDENTIAL unless said otherwise, whatever the person's level,
 * so that a viewer who may read the person still does not read where they live. The stricter of the
 * two levels applies. Details are never indexed, never in letters and never in publications.
 */
public record PersonalDetailData(@NotNull PersonalDetailKind kind, @NotBlank @Size(max = Limits.NAME) String value,
                                 Confidentiality confidentiality) {

    public PersonalDetailData {
        confidentiality = confidentiality == null ? Confidentiality.CONFIDENTIAL : confidentiality;
    }
}

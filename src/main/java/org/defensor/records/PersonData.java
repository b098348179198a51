package org.defensor.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.Confidentiality;

/**
 * A person, or a group of people not named one by one. {@code redactInPublications} marks names that
 * public versions must replace with "[REDACTED]" (alleged perpetrators, victims without consent).
 * {@code details} holds only the personal details the caller may read (each has its own level).
 */
public record PersonData(
        UUID id,
        Long version,
        PersonKind kind,
        @NotBlank @Size(max = Limits.NAME) String name,
        List<@Valid NameData> otherNames,
        @Size(max = 100) String gender,
        List<PersonRole> roles,
        List<@Valid AffiliationData> affiliations,
        @Min(0) Integer groupSizeMin,
        @Min(0) Integer groupSizeMax,
        @Size(max = Limits.TEXT) String description,
        boolean redactInPublications,
        Confidentiality confidentiality,
        List<@Valid CitationData> sources,
        List<@Valid PersonalDetailData> details) {}

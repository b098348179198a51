package org.defensor.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.FuzzyDate;

/** A document or other source of information, with the SHA-256 of its file where there is one. */
public record SourceData(
        UUID id,
        Long version,
        SourceKind kind,
        @NotBlank @Size(max = Limits.NAME) String title,
        FuzzyDate date,
        @Size(max = Limits.SHORT) String reference,
        Reliability reliability,
        @Size(max = Limits.NOTE) String url,
        @Size(max = Limits.NAME) String fileName,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hexadecimal digits") String sha256,
        @Size(max = Limits.NAME) String author,
        @Size(max = Limits.TEXT) String description,
        Confidentiality confidentiality) {}

package org.defensor.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.Confidentiality;

/** An NGO, initiative, State body, court, police department, party or group. */
public record OrganisationData(
        UUID id,
        Long version,
        @NotBlank @Size(max = Limits.NAME) String name,
        List<@Valid NameData> otherNames,
        OrganisationKind kind,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as KAZ") String country,
        @Size(max = Limits.SHORT) String city,
        RegistrationStatus registrationStatus,
        UUID parentId,
        @Size(max = Limits.TEXT) String description,
        Confidentiality confidentiality,
        List<@Valid CitationData> sources) {}

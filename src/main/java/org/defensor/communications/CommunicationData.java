package org.defensor.communications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.Confidentiality;

/**
 * A communication as the API reads and writes it. On create and update, {@code status},
 * {@code sent}, {@code deadline}, {@code published} and {@code closed} are ignored: they change
 * only through the named transitions. An empty {@code reference} on create gets the next free one.
 * {@code confidentiality} is the level the author declares; {@code effectiveConfidentiality} (read
 * only, ignored on writes) is the level it is read at: the most confidential of the declared level,
 * the records it is drawn from and the communications it follows up.
 */
public record CommunicationData(
        UUID id,
        Long version,
        @Size(max = 40) String reference,
        @NotNull CommunicationType type,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as KAZ") String country,
        CommunicationStatus status,
        LocalDate drafted,
        LocalDate sent,
        @Min(1) @Max(365) Integer replyDays,
        LocalDate deadline,
        LocalDate published,
        LocalDate closed,
        LocalDate pressRelease,
        List<@NotNull UUID> mandateIds,
        List<@NotNull UUID> incidentIds,
        List<@NotNull UUID> personIds,
        List<@NotNull UUID> organisationIds,
        List<@NotNull UUID> follows,
        List<@NotNull UUID> redactPersonIds,
        @Size(max = 10000) String summary,
        @Size(max = 200000) String facts,
        @Size(max = 50000) String concerns,
        List<@NotNull @Valid QuestionData> questions,
        Confidentiality confidentiality,
        Confidentiality effectiveConfidentiality) {}

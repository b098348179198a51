package org.defensor.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.ApproxDuration;
import org.defensor.shared.FuzzyDate;

/** One act within an incident: what was done, to whom, by whom, and which rights and provisions it engages. */
public record ActData(
        UUID id,
        @NotNull ActType type,
        FuzzyDate start,
        FuzzyDate end,
        ApproxDuration duration,
        @Size(max = Limits.TEXT) String description,
        @Size(max = Limits.NOTE) String method,
        @Size(max = 5000) String consequences,
        List<@Valid PartyRef> victims,
        List<@Valid InvolvementData> perpetrators,
        List<Right> rights,
        List<String> provisions,
        List<@Valid CitationData> sources) {}

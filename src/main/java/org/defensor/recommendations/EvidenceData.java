package org.defensor.recommendations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.defensor.shared.Confidentiality;

/**
 * A link from a recommendation to a record that shows whether it is implemented, with a short note
 * ("complaint filed the same day; no one held accountable"). The link, and so its note, is at least
 * as confidential as the record it links ({@code effectiveConfidentiality}, read only): a viewer who
 * may not read the incident does not learn that it is linked.
 *
 * <p>Read only: {@code targetName}, {@code targetDate} (the incident's date, for ordering evidence), {@code targetPath} (its page),
 * {@code linkedOn}, {@code linkedBy}.
 */
public record EvidenceData(
        UUID id,
        @NotNull EvidenceKind kind,
        @NotNull UUID target,
        @Size(max = 2000) String note,
        Confidentiality confidentiality,
        Confidentiality effectiveConfidentiality,
        String targetName,
        org.defensor.shared.FuzzyDate targetDate,
        String targetPath,
        LocalDate linkedOn,
        String linkedBy) {

    public static EvidenceData of(EvidenceKind kind, UUID target, String note) {
        return new EvidenceData(null, kind, target, note, null, null, null, null, null, null, null);
    }
}

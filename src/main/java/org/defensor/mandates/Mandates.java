package org.defensor.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.defensor.audit.AuditEntry;

/** The mandate catalogue. Everyone signed in reads it; admins edit it, and every edit is audited. */
public interface Mandates {

    /** All mandates, by title. */
    List<MandateData> list();

    /** The mandate; {@link org.defensor.shared.RecordNotFoundException} when there is none with this id. */
    MandateData get(UUID id);

    /** The mandate with this official title, ignoring case and surrounding spaces. */
    Optional<MandateData> findByTitle(String title);

    /**
     * Adds a mandate. Refused with {@link org.defensor.shared.InvalidRecordException}, naming each field,
     * when it breaks a constraint of the records, repeats a resolution, has a holder whose term ends
     * before it starts, or takes the title of another mandate.
     */
    MandateData create(MandateData data);

    /** Replaces the mandate with {@code data}, whose version must be the stored one. */
    MandateData update(UUID id, MandateData data);

    /** Refused with {@link org.defensor.shared.RecordInUseException} while a communication cites the mandate. */
    void delete(UUID id, long version);

    List<AuditEntry> history(UUID id);

    /**
     * Who held the mandate on {@code date}: of the holders whose term covers it, the one who started
     * last (a holder without a start counts as having started first; the first listed of equals).
     * Empty when no holder's term covers the date.
     */
    Optional<HolderData> holderOn(UUID mandateId, LocalDate date);

    /**
     * The resolution a letter dated {@code date} cites: the one most recently cited since on or before
     * it. A date before every known citation gets the earliest resolution known for the mandate.
     * Empty only when the mandate has no resolution recorded.
     */
    Optional<String> resolutionOn(UUID mandateId, LocalDate date);
}

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

    MandateData get(UUID id);

    Optional<MandateData> findByTitle(String title);

    MandateData create(MandateData data);

    /** Replaces the mandate with {@code data}, whose version must be the stored one. */
    MandateData update(UUID id, MandateData data);

    /** Refused with {@link org.defensor.shared.RecordInUseException} while a communication cites the mandate. */
    void delete(UUID id, long version);

    List<AuditEntry> history(UUID id);

    /** Who held the mandate on {@code date}: of the holders whose term covers it, the one who started last. */
    Optional<HolderData> holderOn(UUID mandateId, LocalDate date);

    /** The resolution a letter dated {@code date} cites: the one most recently cited since on or before it. */
    Optional<String> resolutionOn(UUID mandateId, LocalDate date);
}

package org.defensor.communications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.defensor.letters.LetterFormat;

/**
 * What anyone may see without signing in: published communications and their replies, with the
 * names marked for redaction replaced by "[REDACTED]". Nothing else is reachable through it.
 */
public interface PublicCommunications {

    record PublicReply(LocalDate received, LocalDate dated, String stateReference, String sender, String text) {}

    /** A correction published on {@code corrected}, and why. */
    record PublicCorrection(LocalDate corrected, String reason) {}

    /** As published; {@code corrections}, oldest first, say when and why the wording shown (the latest) was corrected. */
    record PublicCommunication(UUID id, String reference, CommunicationType type, String country, int year,
                               LocalDate sent, LocalDate published, List<String> mandates, String summary,
                               List<PublicReply> replies, List<PublicCorrection> corrections) {}

    record PublicMandate(UUID id, String title) {}

    /** Published communications, newest first; null filters match any. */
    List<PublicCommunication> list(String country, UUID mandateId, CommunicationType type, Integer year);

    /** What the published communications can be filtered by: their States, years (newest first) and mandates (by title). */
    record Choices(List<String> countries, List<Integer> years, List<PublicMandate> mandates) {}

    Choices choices();

    /** A published communication; any other id is not found. */
    PublicCommunication get(UUID id);

    byte[] letter(UUID id, LetterFormat format);
}

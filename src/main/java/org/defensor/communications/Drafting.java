package org.defensor.communications;

import java.util.List;
import java.util.UUID;
import org.defensor.letters.Letter;
import org.defensor.letters.LetterFormat;

/** Drafting letters from records, and rendering a communication as a letter. */
public interface Drafting {

    /**
     * What to draft: the incidents (and persons) it is about, the mandates sending it, and the keys of
     * the question bank to ask. Without {@code follows}, the earlier sent communications about the same
     * incidents or persons are followed up. Without {@code country}, the letter goes to the one State
     * all the incidents took place in.
     */
    record DraftRequest(CommunicationType type, String country, List<UUID> mandateIds, List<UUID> incidentIds,
                        List<UUID> personIds, List<String> questionKeys, List<UUID> follows, String summary) {}

    /** Creates a draft communication with the next free reference, its facts, concerns and questions worded from the templates. */
    CommunicationData draft(DraftRequest request);

    /** The communication as a letter; the public version has the names marked for redaction replaced. */
    Letter letter(UUID communicationId, boolean redacted);

    byte[] render(UUID communicationId, LetterFormat format, boolean redacted);
}

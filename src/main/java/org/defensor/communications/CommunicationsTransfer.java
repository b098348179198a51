package org.defensor.communications;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Communications and replies as a whole-dataset export and import hold them: read a page at a time
 * with their status as stored, and restored exactly (ids, references, statuses, dates, questions,
 * answers, assessments) rather than replayed through the transitions. Restoring checks what the
 * transitions would (references, dates in order, answers to questions the letter has) and is audited.
 */
public interface CommunicationsTransfer {

    /**
     * What an import is about to write along with the record being checked: the ids of every record
     * in it, its communications by id in file order (a reply may answer one of them), and the ids of
     * the communications its replies answer.
     */
    record Pending(Set<UUID> ids, Map<UUID, CommunicationData> communications, Set<UUID> replied) {

        public static final Pending NONE = new Pending(Set.of(), Map.of(), Set.of());
    }

    /** Communications by reference (year, country, number); {@code status} as stored, so never OVERDUE. */
    Page<CommunicationData> communications(Pageable page);

    /** Replies by their communication's reference, then date received. */
    Page<ReplyData> replies(Pageable page);

    /**
     * Checks a communication as {@link #restore(CommunicationData)} would, without writing it; its
     * references may also point to pending records, its reference must not be that of a pending
     * communication earlier in the file, and a REPLIED one must have a pending reply.
     *
     * @throws org.defensor.shared.InvalidRecordException naming every broken rule
     */
    void check(CommunicationData data, Pending pending);

    /** Checks a reply as {@link #restore(ReplyData)} would; its communication may be a pending one. */
    void check(ReplyData data, Pending pending);

    /**
     * Writes a communication as the data says: its id and reference (both required), status and dates.
     * OVERDUE is read as SENT.
     */
    CommunicationData restore(CommunicationData data);

    /** Writes a reply (its id required) to a sent communication, which becomes replied if it was only sent. */
    ReplyData restore(ReplyData data);
}

package org.defensor.communications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;

/**
 * Communications and their replies. Reads honour the caller's clearance; every write is audited;
 * writes based on a stale version are refused; a transition from the wrong status is refused with
 * {@link org.defensor.shared.InvalidRecordException} on the field {@code status}.
 */
public interface Communications {

    List<CommunicationData> list(CommunicationFilter filter);

    CommunicationData get(UUID id);

    /** Creates a draft; without a reference it gets {@link #nextReference}. */
    CommunicationData create(CommunicationData data);

    /** Refused once the communication is published: a correction ({@link Publications#correct}) is a new publication. */
    CommunicationData update(UUID id, CommunicationData data);

    /** Only drafts can be deleted; a sent letter is part of the record. */
    void delete(UUID id, long version);

    List<AuditEntry> history(UUID id);

    /** Who read the communication and when (admins only). */
    List<AuditEntry> views(UUID id);

    /** The next free reference for a type, country and year: one more than the highest number used. */
    Reference nextReference(CommunicationType type, String country, int year);

    CommunicationData markSent(UUID id, long version, LocalDate sent);

    CommunicationData close(UUID id, long version, LocalDate closed);

    List<ReplyData> replies(UUID communicationId);

    ReplyData reply(UUID replyId);

    /** Records a reply to a sent communication; a sent one becomes replied. */
    ReplyData recordReply(UUID communicationId, ReplyData data);

    ReplyData updateReply(UUID replyId, ReplyData data);

    void deleteReply(UUID replyId, long version);

    List<AuditEntry> replyHistory(UUID replyId);
}

package org.defensor.communications;

import org.defensor.shared.Vocabulary;

/**
 * Where a communication stands. {@link #OVERDUE} is never stored: a sent communication is overdue
 * once its reply deadline has passed without a reply.
 */
public enum CommunicationStatus implements Vocabulary {
    DRAFT,
    SENT,
    OVERDUE,
    REPLIED,
    PUBLISHED,
    CLOSED
}

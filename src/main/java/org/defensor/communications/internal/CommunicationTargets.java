package org.defensor.communications.internal;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.defensor.recommendations.EvidenceKind;
import org.defensor.recommendations.EvidenceTargets;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.FuzzyDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Communications and replies as evidence for recommendations: a reply has its communication's level. */
@Component
@Transactional(readOnly = true)
class CommunicationTargets implements EvidenceTargets {

    private final EntityManager em;
    private final CommunicationLevels levels;

    CommunicationTargets(EntityManager em, CommunicationLevels levels) {
        this.em = em;
        this.levels = levels;
    }

    @Override
    public Set<EvidenceKind> kinds() {
        return Set.of(EvidenceKind.COMMUNICATION, EvidenceKind.REPLY);
    }

    @Override
    public Optional<Confidentiality> level(EvidenceKind kind, UUID id) {
        return levels.levelOf(kind == EvidenceKind.REPLY, id);
    }

    @Override
    public Optional<Named> describe(EvidenceKind kind, UUID id) {
        if (kind == EvidenceKind.COMMUNICATION) {
            Communication c = em.find(Communication.class, id);
            return c == null ? Optional.empty() : Optional.of(new Named(c.reference().toString(),
                    c.sent == null ? FuzzyDate.unknown() : FuzzyDate.day(c.sent.getYear(), c.sent.getMonthValue(), c.sent.getDayOfMonth()),
                    "/communications/" + c.id));
        }
        Reply r = em.find(Reply.class, id);
        return r == null ? Optional.empty() : Optional.of(new Named("Reply to " + r.communication.reference(),
                FuzzyDate.day(r.received.getYear(), r.received.getMonthValue(), r.received.getDayOfMonth()),
                "/communications/" + r.communication.id));
    }
}

package org.defensor.communications.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.records.Classification;
import org.defensor.shared.Confidentiality;
import org.springframework.stereotype.Component;

/**
 * A communication's effective level: at least as confidential as the level its author declared,
 * the records it is drawn from (incidents with the parties they name, persons, organisations,
 * question targets) and the earlier communications it follows up.
 */
@Component
class CommunicationLevels {

    private final EntityManager em;
    private final Classification classification;

    CommunicationLevels(EntityManager em, Classification classification) {
        this.em = em;
        this.classification = classification;
    }

    Confidentiality effective(Communication c) {
        Set<java.util.UUID> inputs = new HashSet<>();
        inputs.addAll(c.incidents);
        inputs.addAll(c.persons);
        inputs.addAll(c.organisations);
        c.questions.forEach(q -> {
            inputs.addAll(q.incidents);
            inputs.addAll(q.persons);
        });
        List<Confidentiality> levels = new ArrayList<>(List.of(c.declaredConfidentiality, classification.mostConfidential(inputs)));
        if (!c.follows.isEmpty()) {
            levels.addAll(ClearanceFilter.classifying(em, () -> em.createQuery(
                            "select e.confidentiality from Communication e where e.id in :ids", Confidentiality.class)
                    .setParameter("ids", c.follows).getResultList()));
        }
        return ClearanceFilter.highest(levels);
    }

    /** The level of a communication, or of a reply (its communication's); empty when none has the id. Whoever asks. */
    java.util.Optional<Confidentiality> levelOf(boolean reply, java.util.UUID id) {
        String query = reply ? "select r.communication.confidentiality from Reply r where r.id = :id"
                : "select c.confidentiality from Communication c where c.id = :id";
        return ClearanceFilter.classifying(em, () -> em.createQuery(query, Confidentiality.class).setParameter("id", id)
                .getResultStream().findFirst());
    }
}

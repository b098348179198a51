package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import org.defensor.records.Classification;
import org.defensor.records.RecordChanged;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An incident's document names its parties only when they are no more confidential than the
 * incident: when a person or organisation changes (its name, its level), the documents of the
 * incidents naming it are rebuilt, in the same transaction's indexing plan.
 */
@Component
class PartyReindexing {

    private final EntityManager em;
    private final Classification classification;

    PartyReindexing(EntityManager em, Classification classification) {
        this.em = em;
        this.classification = classification;
    }

    @EventListener
    void recordChanged(RecordChanged change) {
        if (!change.kind().equals(JpaPersons.KIND) && !change.kind().equals(JpaOrganisations.KIND)) {
            return;
        }
        var plan = Search.session(em).indexingPlan();
        for (var id : classification.incidentsNaming(change.id())) {
            Incident incident = em.find(Incident.class, id);
            if (incident != null) {
                plan.addOrUpdate(incident);
            }
        }
    }
}

package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.records.Classification;
import org.defensor.shared.Confidentiality;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Levels and ids only, read with the clearance filter lifted, in the caller's transaction (so an import's own records count). */
@Service
@Transactional(readOnly = true)
class RecordClassification implements Classification {

    private final EntityManager em;

    RecordClassification(EntityManager em) {
        this.em = em;
    }

    @Override
    public Confidentiality mostConfidential(Collection<UUID> ids) {
        Set<UUID> given = new HashSet<>(ids);
        given.remove(null);
        if (given.isEmpty()) {
            return Confidentiality.PUBLIC;
        }
        return ClearanceFilter.classifying(em, () -> {
            Set<UUID> all = new HashSet<>(given);
            all.addAll(partiesOf(em, given));
            List<Confidentiality> levels = new ArrayList<>();
            for (String type : List.of("Incident", "Person", "Organisation", "Source")) {
                levels.addAll(em.createQuery("select e.confidentiality from " + type + " e where e.id in :ids", Confidentiality.class)
                        .setParameter("ids", all).getResultList());
            }
            return ClearanceFilter.highest(levels);
        });
    }

    /** The persons and organisations that the incidents among {@code ids} name. */
    static Set<UUID> partiesOf(EntityManager em, Set<UUID> ids) {
        Set<UUID> parties = new HashSet<>();
        Stream.of("select v.person.id, v.organisation.id from Act a join a.victims v where a.incident.id in :ids",
                        "select p.person.id, p.organisation.id from Act a join a.perpetrators p where a.incident.id in :ids",
                        "select p.filedBy.person.id, p.filedBy.organisation.id, p.authority.id from Proceeding p where p.incident.id in :ids",
                        "select c, c from Proceeding p join p.concerning c where p.incident.id in :ids",
                        "select d.authority.id, d.authority.id from Decision d where d.proceeding.incident.id in :ids")
                .forEach(query -> em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()
                        .forEach(row -> Stream.of(row).filter(Objects::nonNull).forEach(id -> parties.add((UUID) id))));
        return parties;
    }

    @Override
    public Set<UUID> incidentsNaming(UUID partyId) {
        return ClearanceFilter.classifying(em, () -> {
            Set<UUID> found = new HashSet<>();
            Stream.of("select a.incident.id from Act a join a.victims v where v.person.id = :party or v.organisation.id = :party",
                            "select a.incident.id from Act a join a.perpetrators p where p.person.id = :party or p.organisation.id = :party",
                            "select p.incident.id from Proceeding p where p.filedBy.person.id = :party or p.filedBy.organisation.id = :party"
                                    + " or p.authority.id = :party",
                            "select p.incident.id from Proceeding p join p.concerning c where c = :party",
                            "select d.proceeding.incident.id from Decision d where d.authority.id = :party")
                    .forEach(query -> found.addAll(em.createQuery(query, UUID.class).setParameter("party", partyId).getResultList()));
            return found;
        });
    }
}

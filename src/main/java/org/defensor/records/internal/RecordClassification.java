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

    @Override
    public java.util.Optional<Confidentiality> levelOf(UUID id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        java.util.Optional<UUID> incident = incidentOf(id);
        if (incident.isPresent()) {
            return java.util.Optional.of(mostConfidential(Set.of(incident.get())));
        }
        boolean exists = ClearanceFilter.classifying(em, () -> Stream.of("Person", "Organisation", "Source")
                .anyMatch(type -> !em.createQuery("select e.id from " + type + " e where e.id = :id", UUID.class)
                        .setParameter("id", id).getResultList().isEmpty()));
        return exists ? java.util.Optional.of(mostConfidential(Set.of(id))) : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<String> kindOf(UUID id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        return ClearanceFilter.classifying(em, () -> Stream.of("Incident", "Act", "Proceeding", "Decision", "Person", "Organisation", "Source")
                .filter(type -> !em.createQuery("select e.id from " + type + " e where e.id = :id", UUID.class)
                        .setParameter("id", id).getResultList().isEmpty())
                .map(type -> type.toLowerCase(java.util.Locale.ROOT)).findFirst());
    }

    @Override
    public java.util.Optional<UUID> incidentOf(UUID id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        return ClearanceFilter.classifying(em, () -> Stream.of("select e.id from Incident e where e.id = :id",
                        "select a.incident.id from Act a where a.id = :id",
                        "select p.incident.id from Proceeding p where p.id = :id",
                        "select d.proceeding.incident.id from Decision d where d.id = :id")
                .flatMap(query -> em.createQuery(query, UUID.class).setParameter("id", id).getResultList().stream())
                .findFirst());
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

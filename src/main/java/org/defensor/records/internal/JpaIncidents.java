package org.defensor.records.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.RecordFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaIncidents extends EntityStore<Incident, IncidentData> implements Incidents {

    JpaIncidents(Deps deps) {
        super(deps, Incident.class, "incident");
    }

    @Override
    Incident newEntity(UUID id) {
        return new Incident(id);
    }

    @Override
    void apply(IncidentData data, Incident entity) {
        mapper.apply(data, entity);
    }

    @Override
    IncidentData view(Incident entity) {
        return mapper.view(entity);
    }

    @Override
    Violations check(IncidentData data, UUID id, java.util.Set<UUID> pending) {
        return mapper.check(data, id, pending);
    }

    @Override
    UUID idOf(IncidentData data) {
        return data.id();
    }

    @Override
    Long versionOf(IncidentData data) {
        return data.version();
    }

    @Override
    String nameOf(Incident entity) {
        return entity.title;
    }

    @Override
    String nameAttribute() {
        return "title";
    }

    /** Newest first, as documenters read them. */
    @Override
    List<jakarta.persistence.criteria.Order> order(CriteriaBuilder cb, Root<Incident> root) {
        return List.of(cb.desc(root.get("start").get("value")), cb.asc(root.get("title")), cb.asc(root.get("id")));
    }

    @Override
    void addFilters(RecordFilter filter, CriteriaBuilder cb, Root<Incident> root, List<Predicate> where) {
        if (filter.country() != null && !filter.country().isBlank()) {
            where.add(cb.equal(root.get("country"), filter.country()));
        }
        if (filter.year() != null) {
            where.add(cb.between(root.get("start").get("value"),
                    LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncidentData> concerning(UUID partyId) {
        List<Incident> found = em.createQuery("""
                select distinct i from Incident i
                where (
                  exists (select 1 from Act a join a.victims v where a.incident = i
                          and (v.person.id = :party or v.organisation.id = :party))
                  or exists (select 1 from Act a join a.perpetrators p where a.incident = i
                          and (p.person.id = :party or p.organisation.id = :party))
                  or exists (select 1 from Proceeding p where p.incident = i
                          and (p.filedBy.person.id = :party or p.filedBy.organisation.id = :party))
                  or exists (select 1 from Proceeding p join p.concerning c where p.incident = i and c = :party))
                """, Incident.class)
                .setParameter("party", partyId)
                .getResultList();
        return found.stream()
                .sorted(Comparator.comparing(Incident::getStart, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Incident::getTitle))
                .map(this::view)
                .toList();
    }
}

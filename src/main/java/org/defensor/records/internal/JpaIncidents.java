package org.defensor.records.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.RecordFilter;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
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

    /** Newest first, as documenters read them; undated ones last. */
    @Override
    SortFinalStep order(SearchSortFactory f) {
        return f.composite().add(f.field("date").desc().missing().last()).add(f.field(RecordEntity.LIST_NAME))
                .add(f.field(RecordEntity.LIST_ID));
    }

    @Override
    void addFilters(RecordFilter filter, SearchPredicateFactory f, BooleanPredicateClausesStep<?> where) {
        if (filter.country() != null && !filter.country().isBlank()) {
            where.filter(f.match().field("country").matching(filter.country()));
        }
        if (filter.year() != null) {
            where.filter(f.match().field("year").matching(filter.year()));
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

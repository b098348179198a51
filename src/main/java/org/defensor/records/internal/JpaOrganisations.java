package org.defensor.records.internal;

import java.util.UUID;
import org.defensor.records.OrganisationData;
import org.defensor.records.OrganisationKind;
import org.defensor.records.Organisations;
import org.defensor.records.RecordFilter;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Service;

@Service
class JpaOrganisations extends EntityStore<Organisation, OrganisationData> implements Organisations {

    static final String KIND = "organisation";

    JpaOrganisations(Deps deps) {
        super(deps, Organisation.class, KIND);
    }

    @Override
    Organisation newEntity(UUID id) {
        return new Organisation(id);
    }

    @Override
    void apply(OrganisationData data, Organisation entity) {
        mapper.apply(data, entity);
    }

    @Override
    OrganisationData view(Organisation entity) {
        return mapper.view(entity);
    }

    @Override
    Violations check(OrganisationData data, UUID id, java.util.Set<UUID> pending) {
        return mapper.check(data, id, pending);
    }

    @Override
    UUID idOf(OrganisationData data) {
        return data.id();
    }

    @Override
    Long versionOf(OrganisationData data) {
        return data.version();
    }

    @Override
    String nameOf(Organisation entity) {
        return entity.name;
    }

    @Override
    void addFilters(RecordFilter filter, SearchPredicateFactory f, BooleanPredicateClausesStep<?> where) {
        if (filter.kind() != null && !filter.kind().isBlank()) {
            where.filter(f.match().field("organisationKind").matching(OrganisationKind.valueOf(filter.kind())));
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.filter(f.match().field("country").matching(filter.country()));
        }
    }
}

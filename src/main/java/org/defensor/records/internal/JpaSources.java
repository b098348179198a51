package org.defensor.records.internal;

import java.util.UUID;
import org.defensor.records.RecordFilter;
import org.defensor.records.SourceData;
import org.defensor.records.SourceKind;
import org.defensor.records.Sources;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Service;

@Service
class JpaSources extends EntityStore<Source, SourceData> implements Sources {

    JpaSources(Deps deps) {
        super(deps, Source.class, "source");
    }

    @Override
    Source newEntity(UUID id) {
        return new Source(id);
    }

    @Override
    void apply(SourceData data, Source entity) {
        mapper.apply(data, entity);
    }

    @Override
    SourceData view(Source entity) {
        return mapper.view(entity);
    }

    @Override
    Violations check(SourceData data, UUID id, java.util.Set<UUID> pending) {
        return new Violations(pending); // a source refers to no other record
    }

    @Override
    UUID idOf(SourceData data) {
        return data.id();
    }

    @Override
    Long versionOf(SourceData data) {
        return data.version();
    }

    @Override
    String nameOf(Source entity) {
        return entity.title;
    }

    @Override
    void addFilters(RecordFilter filter, SearchPredicateFactory f, BooleanPredicateClausesStep<?> where) {
        if (filter.kind() != null && !filter.kind().isBlank()) {
            where.filter(f.match().field("sourceKind").matching(SourceKind.valueOf(filter.kind())));
        }
    }
}

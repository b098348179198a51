package org.defensor.records.internal;

import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.records.PersonData;
import org.defensor.records.PersonKind;
import org.defensor.records.Persons;
import org.defensor.records.RecordFilter;
import org.defensor.shared.Clearance;
import org.defensor.shared.Confidentiality;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Service;

@Service
class JpaPersons extends EntityStore<Person, PersonData> implements Persons {

    static final String KIND = "person";

    JpaPersons(Deps deps) {
        super(deps, Person.class, KIND);
    }

    @Override
    Person newEntity(UUID id) {
        return new Person(id);
    }

    @Override
    void apply(PersonData data, Person entity) {
        mapper.apply(data, entity);
    }

    @Override
    PersonData view(Person entity) {
        return mapper.view(entity);
    }

    @Override
    Violations check(PersonData data, UUID id, java.util.Set<UUID> pending) {
        return mapper.check(data, id, pending);
    }

    @Override
    UUID idOf(PersonData data) {
        return data.id();
    }

    @Override
    Long versionOf(PersonData data) {
        return data.version();
    }

    @Override
    String nameOf(Person entity) {
        return entity.name;
    }

    /** Personal details have their own levels: only a caller cleared for every level sees their changes. */
    @Override
    AuditEntry.Change visible(AuditEntry.Change change) {
        if (!change.field().equals("details") || Clearance.mayRead(Confidentiality.CONFIDENTIAL)) {
            return change;
        }
        return new AuditEntry.Change(change.field(), withheld(change.before()), withheld(change.after()));
    }

    private static String withheld(String details) {
        return details == null ? null : "(personal details, not shown at your clearance)";
    }

    @Override
    void addFilters(RecordFilter filter, SearchPredicateFactory f, BooleanPredicateClausesStep<?> where) {
        if (filter.kind() != null && !filter.kind().isBlank()) {
            where.filter(f.match().field("personKind").matching(PersonKind.valueOf(filter.kind())));
        }
    }
}

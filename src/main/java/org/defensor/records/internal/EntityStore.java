package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.clearance.IndexClearance;
import org.defensor.records.RecordChanged;
import org.defensor.records.RecordFilter;
import org.defensor.records.RecordIds;
import org.defensor.records.RecordService;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordChecks;
import org.defensor.shared.RecordInUseException;
import org.defensor.shared.RecordNotFoundException;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/** The write path every kind of record shares: clearance, version check, mapping, audit. */
// A refused record is refused before anything is written, so the caller's transaction stays usable.
@Transactional(noRollbackFor = InvalidRecordException.class)
abstract class EntityStore<E extends RecordEntity, D> implements RecordService<D> {

    protected final EntityManager em;
    protected final RecordMapper mapper;
    private final AuditTrail audit;
    private final Clock clock;
    private final Validator validator;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Class<E> type;
    private final String kind;
    private final RecordIds ids;

    EntityStore(Deps deps, Class<E> type, String kind) {
        this.em = deps.em();
        this.mapper = deps.mapper();
        this.audit = deps.audit();
        this.clock = deps.clock();
        this.validator = deps.validator();
        this.ids = deps.ids();
        this.events = deps.events();
        this.type = type;
        this.kind = kind;
    }

    abstract E newEntity(UUID id);

    abstract void apply(D data, E entity);

    /** The domain rules beyond bean validation; ids in {@code pending} count as existing. */
    abstract Violations check(D data, UUID id, java.util.Set<UUID> pending);

    abstract D view(E entity);

    abstract UUID idOf(D data);

    abstract Long versionOf(D data);

    abstract String nameOf(E entity);

    /** The order of lists: by name, then id, unless a kind of record has a better one. */
    SortFinalStep order(SearchSortFactory f) {
        return f.composite().add(f.field(RecordEntity.LIST_NAME)).add(f.field(RecordEntity.LIST_ID));
    }

    /** Filters beyond the name that this kind of record supports, as index predicates. */
    void addFilters(RecordFilter filter, SearchPredicateFactory f, BooleanPredicateClausesStep<?> where) {}

    @Override
    // Asking for a record that is not there leaves the caller's transaction usable (an import's undo asks).
    @Transactional(readOnly = true, noRollbackFor = RecordNotFoundException.class)
    public D get(UUID id) {
        E entity = load(id);
        audit.recordView(kind, id, entity.getConfidentiality());
        return view(entity);
    }

    // Other modules look ids up with it inside their own transaction (an import checks many references
    // in one): an unknown id is an answer, and must not mark that transaction for rollback.
    @Override
    @Transactional(readOnly = true, noRollbackFor = RecordNotFoundException.class)
    public String displayName(UUID id) {
        return nameOf(load(id));
    }

    E load(UUID id) {
        // find() returns the lazy proxy when an association loaded one earlier; its own fields are empty.
        E entity;
        try {
            entity = id == null ? null : type.cast(org.hibernate.Hibernate.unproxy(em.find(type, id)));
        } catch (jakarta.persistence.EntityNotFoundException | org.hibernate.ObjectNotFoundException hidden) {
            // a proxy from an association, for a record the clearance filter keeps out
            entity = null;
        }
        if (entity == null) {
            throw new RecordNotFoundException(kind, id);
        }
        return entity;
    }

    /**
     * A page of the list, from the search index: names and titles are not readable by SQL (they may be
     * stored encrypted), so the index matches {@code q}, filters, sorts and counts, at the caller's
     * clearance ({@link IndexClearance}); the page's records are then loaded by id through the ORM,
     * where the clearance filter applies again.
     */
    @Override
    @Transactional(readOnly = true)
    public Page<D> list(RecordFilter filter, Pageable page) {
        SearchResult<UUID> found = Search.session(em).search(type)
                .select(f -> f.id(UUID.class))
                .where(f -> where(filter, f))
                .sort(this::order)
                .fetch(Math.toIntExact(page.getOffset()), page.getPageSize());
        Map<UUID, E> loaded = new HashMap<>();
        if (!found.hits().isEmpty()) {
            em.createQuery("select e from " + em.getMetamodel().entity(type).getName() + " e where e.id in :ids", type)
                    // unproxied as in load(): inside a caller's transaction an association may have left a proxy
                    .setParameter("ids", found.hits()).getResultList()
                    .forEach(e -> loaded.put(e.getId(), type.cast(org.hibernate.Hibernate.unproxy(e))));
        }
        // A document the database no longer holds (or no longer shows this caller) is left out.
        List<E> shown = found.hits().stream().map(loaded::get).filter(java.util.Objects::nonNull).toList();
        Map<UUID, org.defensor.shared.Confidentiality> levels = new java.util.LinkedHashMap<>();
        shown.forEach(e -> levels.put(e.getId(), e.getConfidentiality()));
        audit.recordListed(kind, levels);
        return new PageImpl<>(shown.stream().map(this::view).toList(), page, found.total().hitCount());
    }

    private PredicateFinalStep where(RecordFilter filter, SearchPredicateFactory f) {
        BooleanPredicateClausesStep<?> where = f.bool().must(IndexClearance.readable(f));
        if (filter.q() != null && !filter.q().isBlank()) {
            // The normalizer applies to the pattern too: the match ignores case and accents.
            where.filter(f.wildcard().field(RecordEntity.LIST_NAME).matching("*" + literal(filter.q().strip()) + "*"));
        }
        addFilters(filter, f, where);
        return where;
    }

    /** {@code text} as a wildcard pattern that matches only itself: {@code *}, {@code ?} and {@code \} escaped. */
    static String literal(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }

    /** What every store needs, gathered so that each store's constructor stays one line. */
    @org.springframework.stereotype.Component
    record Deps(EntityManager em, RecordMapper mapper, AuditTrail audit, Clock clock, Validator validator, RecordIds ids,
                org.springframework.context.ApplicationEventPublisher events) {}

    private void validate(D data) {
        RecordChecks.requireValid(validator, data);
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = InvalidRecordException.class)
    public void check(D data, java.util.Set<UUID> pending) {
        validate(data);
        UUID id = idOf(data);
        if (id != null) {
            ids.holder(id).ifPresent(holder -> {
                throw new InvalidRecordException("id", RecordIds.taken(id, holder));
            });
        }
        check(data, id, pending).throwIfAny();
    }

    @Override
    public D create(D data) {
        validate(data);
        UUID id = idOf(data) == null ? UUID.randomUUID() : idOf(data);
        ids.claim(id, kind);
        E entity = newEntity(id);
        apply(data, entity);
        entity.touch(clock.instant());
        // No flush here: a new record's version is known (0), and flushing each of the records of an
        // import would check every record of its transaction again each time. The commit writes it.
        em.persist(entity);
        // A creation is recorded without a copy of its fields: they are the record itself, and every
        // later update records the values it replaced.
        audit.record("create", kind, id, null, null);
        return view(entity);
    }

    @Override
    public D update(UUID id, D data) {
        validate(data);
        E entity = load(id);
        if (idOf(data) != null && !idOf(data).equals(id)) {
            throw new InvalidRecordException("id", "does not match the " + kind + " being updated (" + id + ")");
        }
        checkVersion(entity, versionOf(data));
        D before = view(entity);
        apply(data, entity);
        entity.touch(clock.instant());
        em.flush();
        D after = view(entity);
        audit.record("update", kind, id, before, after);
        events.publishEvent(new RecordChanged(kind, id));
        return after;
    }

    @Override
    public void delete(UUID id, long version) {
        E entity = load(id);
        checkVersion(entity, version);
        D before = view(entity);
        em.remove(entity);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw new RecordInUseException(kind, id);
            }
            throw e;
        }
        ids.release(id);
        audit.record("delete", kind, id, before, null);
        events.publishEvent(new RecordChanged(kind, id));
    }

    private void checkVersion(E entity, Long version) {
        RecordChecks.requireVersion(kind, entity.getId(), entity.getVersion(), version);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(UUID id) {
        load(id);
        return audit.history(kind, id).stream().map(e -> new AuditEntry(e.id(), e.at(), e.actor(), e.action(), e.recordType(),
                e.recordId(), e.changes().stream().map(this::visible).toList())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> views(UUID id) {
        load(id);
        return audit.views(kind, id);
    }

    /**
     * A change as the caller may see it in the history. The record's own level already decided that
     * they see its history; a field holding parts with levels of their own overrides this.
     */
    AuditEntry.Change visible(AuditEntry.Change change) {
        return change;
    }
}

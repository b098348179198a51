package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.records.RecordChanged;
import org.defensor.records.RecordFilter;
import org.defensor.records.RecordIds;
import org.defensor.records.RecordService;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordChecks;
import org.defensor.shared.RecordInUseException;
import org.defensor.shared.RecordNotFoundException;
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

    /** The attribute {@link RecordFilter#q()} matches. */
    abstract String nameAttribute();

    /** The order of lists: by name unless a kind of record has a better one. */
    List<jakarta.persistence.criteria.Order> order(CriteriaBuilder cb, Root<E> root) {
        return List.of(cb.asc(root.get(nameAttribute())), cb.asc(root.get("id")));
    }

    /** Filters beyond the name that this kind of record supports. */
    void addFilters(RecordFilter filter, CriteriaBuilder cb, Root<E> root, List<Predicate> where) {}

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

    @Override
    @Transactional(readOnly = true)
    public Page<D> list(RecordFilter filter, Pageable page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(type);
        Root<E> root = query.from(type);
        List<Predicate> where = predicates(filter, cb, root);
        query.where(where.toArray(Predicate[]::new)).orderBy(order(cb, root));
        List<E> rows = em.createQuery(query).setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultList();
        var count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(predicates(filter, cb, countRoot).toArray(Predicate[]::new));
        return new PageImpl<>(rows.stream().map(this::view).toList(), page, em.createQuery(count).getSingleResult());
    }

    private List<Predicate> predicates(RecordFilter filter, CriteriaBuilder cb, Root<E> root) {
        List<Predicate> where = new ArrayList<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add(cb.like(cb.lower(root.get(nameAttribute())), "%" + filter.q().strip().toLowerCase() + "%"));
        }
        addFilters(filter, cb, root, where);
        return where;
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

package org.defensor.mandates.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.mandates.HolderData;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.Mandates;
import org.defensor.mandates.ResolutionData;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.InvalidRecordException.Violation;
import org.defensor.shared.RecordChecks;
import org.defensor.shared.RecordInUseException;
import org.defensor.shared.RecordNotFoundException;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mandate catalogue in the database. Writes follow the records' write path: bean validation
 * and the domain rules (each refusal names its field), the version check, then the audit entry in
 * the same transaction. Who may call what is decided by the web adapters.
 */
// A refused mandate is refused before anything is written, so the caller's transaction stays usable.
@Service
@Transactional(noRollbackFor = InvalidRecordException.class)
class JpaMandates implements Mandates {

    static final String KIND = "mandate";

    private final EntityManager em;
    private final AuditTrail audit;
    private final Clock clock;
    private final Validator validator;

    JpaMandates(EntityManager em, AuditTrail audit, Clock clock, Validator validator) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MandateData> list() {
        // Sorted here rather than by the database, whose collation orders case differently on H2 and PostgreSQL.
        return em.createQuery("select m from Mandate m", Mandate.class).getResultList().stream()
                .sorted(Comparator.comparing((Mandate m) -> m.title, String.CASE_INSENSITIVE_ORDER).thenComparing(m -> m.id))
                .map(Mandate::view).toList();
    }

    // Communications check mandate ids with it inside their own transaction: an unknown id must not
    // mark that transaction for rollback.
    @Override
    @Transactional(readOnly = true, noRollbackFor = RecordNotFoundException.class)
    public MandateData get(UUID id) {
        return load(id).view();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MandateData> findByTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        return withTitle(title).map(Mandate::view);
    }

    @Override
    public MandateData create(MandateData data) {
        check(data, null);
        UUID id = data.id() == null ? UUID.randomUUID() : data.id();
        if (em.find(Mandate.class, id) != null) {
            throw new InvalidRecordException("id", "a mandate with id " + id + " already exists");
        }
        Mandate mandate = new Mandate(id);
        mandate.apply(data, clock.instant());
        em.persist(mandate);
        // As for records: a creation is recorded without a copy of its fields, which are the mandate
        // itself; every later update records the values it replaced.
        audit.record("create", KIND, id, null, null);
        return mandate.view();
    }

    @Override
    public MandateData update(UUID id, MandateData data) {
        Mandate mandate = load(id);
        check(data, id);
        if (data.id() != null && !data.id().equals(id)) {
            throw new InvalidRecordException("id", "does not match the mandate being updated (" + id + ")");
        }
        checkVersion(mandate, data.version());
        MandateData before = mandate.view();
        mandate.apply(data, clock.instant());
        em.flush();
        MandateData after = mandate.view();
        audit.record("update", KIND, id, before, after);
        return after;
    }

    @Override
    public void delete(UUID id, long version) {
        Mandate mandate = load(id);
        checkVersion(mandate, version);
        MandateData before = mandate.view();
        em.remove(mandate);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // A communication citing the mandate holds a foreign key to it.
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw new RecordInUseException(KIND, id);
            }
            throw e;
        }
        audit.record("delete", KIND, id, before, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(UUID id) {
        load(id);
        return audit.history(KIND, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HolderData> holderOn(UUID mandateId, LocalDate date) {
        return load(mandateId).holders.stream()
                .filter(h -> (h.fromDate() == null || !h.fromDate().isAfter(date))
                        && (h.toDate() == null || !h.toDate().isBefore(date)))
                .max(Comparator.comparing(HolderColumns::fromDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(HolderColumns::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> resolutionOn(UUID mandateId, LocalDate date) {
        List<ResolutionColumns> resolutions = load(mandateId).resolutions;
        Comparator<ResolutionColumns> bySince = Comparator.comparing(ResolutionColumns::citedSince);
        return resolutions.stream().filter(r -> !r.citedSince().isAfter(date)).max(bySince)
                // Before any known citation, the earliest resolution is the best guess there is.
                .or(() -> resolutions.stream().min(bySince))
                .map(ResolutionColumns::resolution);
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Mandate load(UUID id) {
        Mandate mandate = id == null ? null : em.find(Mandate.class, id);
        if (mandate == null) {
            throw new RecordNotFoundException(KIND, id);
        }
        return mandate;
    }

    private Optional<Mandate> withTitle(String title) {
        return em.createQuery("select m from Mandate m where lower(trim(m.title)) = :title", Mandate.class)
                .setParameter("title", title.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Bean validation, then the domain rules; every broken rule of the mandate is reported at once. */
    private void check(MandateData data, UUID id) {
        List<Violation> found = new ArrayList<>(RecordChecks.constraints(validator, data));
        if (data.title() != null && !data.title().isBlank()
                && withTitle(data.title()).filter(other -> !other.id.equals(id)).isPresent()) {
            found.add(new Violation("title", "a mandate with this title already exists"));
        }
        List<ResolutionData> resolutions = listOf(data.resolutions());
        Map<String, Integer> cited = new HashMap<>();
        for (int i = 0; i < resolutions.size(); i++) {
            ResolutionData r = resolutions.get(i);
            if (r == null) {
                found.add(new Violation("resolutions[" + i + "]", "is missing"));
            } else if (r.resolution() != null && cited.putIfAbsent(r.resolution(), i) != null) {
                found.add(new Violation("resolutions[" + i + "].resolution",
                        "resolution " + r.resolution() + " is already cited for this mandate (resolutions[" + cited.get(r.resolution()) + "])"));
            }
        }
        List<HolderData> holders = listOf(data.holders());
        for (int i = 0; i < holders.size(); i++) {
            HolderData h = holders.get(i);
            if (h == null) {
                found.add(new Violation("holders[" + i + "]", "is missing"));
            } else if (h.from() != null && h.to() != null && h.to().isBefore(h.from())) {
                found.add(new Violation("holders[" + i + "].to", "ends on " + h.to() + ", before the term starts on " + h.from()));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidRecordException(found);
        }
    }

    private static void checkVersion(Mandate mandate, Long version) {
        RecordChecks.requireVersion(KIND, mandate.id, mandate.version, version);
    }
}

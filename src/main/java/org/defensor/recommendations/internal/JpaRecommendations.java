package org.defensor.recommendations.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.recommendations.AssessmentData;
import org.defensor.recommendations.Bearing;
import org.defensor.recommendations.EvidenceData;
import org.defensor.recommendations.EvidenceKind;
import org.defensor.recommendations.EvidenceTargets;
import org.defensor.recommendations.ImplementationStatus;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.ParagraphId;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.RecommendationFilter;
import org.defensor.recommendations.Recommendations;
import org.defensor.recommendations.StateCode;
import org.defensor.records.Classification;
import org.defensor.records.LegalCatalogue;
import org.defensor.records.RecordChanged;
import org.defensor.shared.Clearance;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.FuzzyDate;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.InvalidRecordException.Violation;
import org.defensor.shared.RecordChecks;
import org.defensor.shared.RecordInUseException;
import org.defensor.shared.RecordNotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations in the database, on the records' write path: bean validation, then the domain
 * rules (each refusal names its field), the version check, the effective levels, and the audit entry
 * in the same transaction. An assessment or a link is a write to its recommendation: it takes the
 * recommendation's version and makes a new one.
 */
@Service
@Transactional(noRollbackFor = InvalidRecordException.class)
class JpaRecommendations implements Recommendations {

    static final String KIND = "recommendation";
    /** Fields of the history that hold parts with levels of their own. */
    private static final Set<String> LEVELLED_PARTS = Set.of("assessments", "evidence", "dismissedSuggestions");

    private final EntityManager em;
    private final AuditTrail audit;
    private final Clock clock;
    private final Validator validator;
    private final LegalCatalogue catalogue;
    private final Classification classification;
    private final RecommendationLevels levels;

    JpaRecommendations(EntityManager em, AuditTrail audit, Clock clock, Validator validator, LegalCatalogue catalogue,
                       Classification classification, RecommendationLevels levels) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
        this.catalogue = catalogue;
        this.classification = classification;
        this.levels = levels;
    }

    // ---- reads -------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<RecommendationData> list(RecommendationFilter filter) {
        StringBuilder jpql = new StringBuilder("select r from Recommendation r where 1 = 1");
        if (filter.state() != null) {
            jpql.append(" and r.stateUnderReview = :state");
        }
        if (filter.mechanism() != null) {
            jpql.append(" and r.mechanism = :mechanism");
        }
        if (filter.position() != null) {
            jpql.append(" and r.position = :position");
        }
        if (filter.document() != null && !filter.document().isBlank()) {
            jpql.append(" and lower(r.document) = :document");
        }
        var query = em.createQuery(jpql.toString(), Recommendation.class);
        if (filter.state() != null) {
            query.setParameter("state", filter.state().code());
        }
        if (filter.mechanism() != null) {
            query.setParameter("mechanism", filter.mechanism());
        }
        if (filter.position() != null) {
            query.setParameter("position", filter.position());
        }
        if (filter.document() != null && !filter.document().isBlank()) {
            query.setParameter("document", filter.document().strip().toLowerCase(Locale.ROOT));
        }
        // Matched and sorted here: the text is sealed on PostgreSQL (ADR 012), the document order is the
        // sort key's, and the collations of H2 and PostgreSQL differ.
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip().toLowerCase(Locale.ROOT);
        List<RecommendationData> shown = query.getResultList().stream().filter(r -> q == null || r.mentions(q)).sorted(DOCUMENT_ORDER)
                .map(this::view).filter(r -> filter.status() == null || filter.status() == r.latestStatus()).toList();
        java.util.Map<UUID, Confidentiality> levels = new java.util.LinkedHashMap<>();
        shown.forEach(r -> levels.put(r.id(), r.confidentiality()));
        audit.recordListed(KIND, levels);
        return shown;
    }

    /** By State, mechanism, document (symbol, else source) and the identifier's order within it. */
    static final Comparator<Recommendation> DOCUMENT_ORDER = Comparator.comparing((Recommendation r) -> r.stateUnderReview)
            .thenComparing(r -> r.mechanism)
            .thenComparing(r -> r.document == null ? "" : r.document)
            .thenComparing(r -> r.sourceId == null ? "" : r.sourceId.toString())
            .thenComparing(r -> r.sortKey)
            .thenComparing(r -> r.id);

    @Override
    @Transactional(readOnly = true, noRollbackFor = RecordNotFoundException.class)
    public RecommendationData get(UUID id) {
        Recommendation r = load(id);
        audit.recordView(KIND, id, r.confidentiality);
        return view(r);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Bearing> bearingOn(UUID target) {
        List<Bearing> found = new ArrayList<>();
        for (Evidence e : em.createQuery("select e from Evidence e where e.targetId = :target", Evidence.class)
                .setParameter("target", target).getResultList()) {
            // The link's level is at least its recommendation's, so a link the caller reads has a recommendation they read.
            Recommendation r = find(e.recommendation.id);
            if (r != null) {
                found.add(new Bearing(r.id, label(r), r.text, r.position, latestStatus(r), e.id, e.note));
            }
        }
        found.sort(Comparator.comparing(Bearing::label));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(UUID id) {
        load(id);
        boolean cleared = Clearance.current() == Confidentiality.CONFIDENTIAL;
        return audit.history(KIND, id).stream().map(e -> new AuditEntry(e.id(), e.at(), e.actor(), e.action(), e.recordType(),
                e.recordId(), e.changes().stream().map(c -> cleared || !LEVELLED_PARTS.contains(c.field()) ? c
                        : new AuditEntry.Change(c.field(), "(not shown: it may name records above your clearance)",
                        "(not shown: it may name records above your clearance)")).toList())).toList();
    }

    // ---- writes ------------------------------------------------------------------------------------

    @Override
    public RecommendationData create(RecommendationData data) {
        check(data, null);
        UUID id = data.id() == null ? UUID.randomUUID() : data.id();
        if (em.find(Recommendation.class, id) != null) {
            throw new InvalidRecordException("id", "a recommendation with id " + id + " already exists");
        }
        Recommendation r = new Recommendation(id);
        r.apply(data);
        levels.classify(r);
        r.touch(clock.instant());
        em.persist(r);
        // As for records: a creation is recorded without a copy of its fields, which are the record itself.
        audit.record("create", KIND, id, null, null);
        return view(r);
    }

    @Override
    public RecommendationData update(UUID id, RecommendationData data) {
        Recommendation r = load(id);
        if (data != null && data.id() != null && !data.id().equals(id)) {
            throw new InvalidRecordException("id", "does not match the recommendation being updated (" + id + ")");
        }
        check(data, id);
        checkVersion(r, data.version());
        RecommendationData before = view(r);
        r.apply(data);
        levels.classify(r);
        return written(r, before);
    }

    @Override
    public void delete(UUID id, long version) {
        Recommendation r = load(id);
        checkVersion(r, version);
        RecommendationData before = view(r);
        em.remove(r);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new RecordInUseException(KIND, id);
        }
        audit.record("delete", KIND, id, before, null);
    }

    @Override
    public RecommendationData assess(UUID id, long version, AssessmentData data) {
        Recommendation r = load(id);
        List<Violation> found = new ArrayList<>(RecordChecks.constraints(validator, data));
        Set<UUID> linked = r.evidence.stream().map(e -> e.id).collect(java.util.stream.Collectors.toSet());
        List<UUID> evidence = listOf(data.evidence()).stream().filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < evidence.size(); i++) {
            if (!linked.contains(evidence.get(i))) {
                found.add(new Violation("evidence[" + i + "]", "is not evidence linked to this recommendation"));
            }
        }
        if (data.date() != null && data.date().isAfter(LocalDate.now(clock))) {
            found.add(new Violation("date", "is in the future (" + data.date() + ")"));
        }
        if (data.date() != null && r.issued != null && data.date().isBefore(r.issued)) {
            found.add(new Violation("date", "is before the recommendation was made (" + r.issued + ")"));
        }
        throwIfAny(found);
        checkVersion(r, version);
        RecommendationData before = view(r);
        Assessment a = new Assessment(data.id() == null ? UUID.randomUUID() : data.id(), r);
        a.status = data.status();
        a.assessedOn = data.date();
        a.author = data.author() == null || data.author().isBlank() ? Clearance.actor() : data.author().strip();
        a.reasoning = data.reasoning() == null || data.reasoning().isBlank() ? null : data.reasoning().strip();
        a.evidence.addAll(evidence);
        a.declaredConfidentiality = data.confidentiality() == null ? Confidentiality.RESTRICTED : data.confidentiality();
        a.recordedAt = clock.instant();
        r.assessments.add(a);
        levels.classify(r);
        return written(r, before);
    }

    @Override
    public RecommendationData removeAssessment(UUID id, long version, UUID assessmentId) {
        Recommendation r = load(id);
        Assessment a = r.assessments.stream().filter(x -> x.id.equals(assessmentId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("assessment", assessmentId));
        checkVersion(r, version);
        RecommendationData before = view(r);
        r.assessments.remove(a);
        return written(r, before);
    }

    @Override
    public RecommendationData link(UUID id, long version, EvidenceData data) {
        Recommendation r = load(id);
        List<Violation> found = new ArrayList<>(RecordChecks.constraints(validator, data));
        if (data.kind() != null && data.target() != null) {
            Optional<EvidenceTargets> targets = levels.targetsOf(data.kind());
            if (targets.isEmpty()) {
                found.add(new Violation("kind", "records of kind " + data.kind() + " cannot be linked here"));
            } else if (levels.levelOf(data.kind(), data.target()).isEmpty()) {
                found.add(new Violation("target", "no " + data.kind().label().toLowerCase(Locale.ROOT) + " has id " + data.target()));
            } else if (r.evidence.stream().anyMatch(e -> e.kind == data.kind() && e.targetId.equals(data.target()))) {
                found.add(new Violation("target", "is already linked to this recommendation"));
            }
        }
        throwIfAny(found);
        checkVersion(r, version);
        RecommendationData before = view(r);
        Evidence e = new Evidence(data.id() == null ? UUID.randomUUID() : data.id(), r);
        e.kind = data.kind();
        e.targetId = data.target();
        e.note = data.note() == null || data.note().isBlank() ? null : data.note().strip();
        e.linkedOn = LocalDate.now(clock);
        e.linkedBy = Clearance.actor();
        e.declaredConfidentiality = data.confidentiality() == null ? Confidentiality.PUBLIC : data.confidentiality();
        r.evidence.add(e);
        levels.classify(r);
        return written(r, before);
    }

    @Override
    public RecommendationData unlink(UUID id, long version, UUID evidenceId) {
        Recommendation r = load(id);
        Evidence e = r.evidence.stream().filter(x -> x.id.equals(evidenceId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
        checkVersion(r, version);
        RecommendationData before = view(r);
        r.assessments.forEach(a -> a.evidence.remove(evidenceId));
        r.evidence.remove(e);
        levels.classify(r);
        return written(r, before);
    }

    /**
     * A record changed: every recommendation drawn from it (its source) or linking it, directly or
     * through an incident that names the changed person or organisation, takes its new levels, with
     * the change in its history.
     */
    @EventListener
    void recordChanged(RecordChanged change) {
        Set<UUID> inputs = new HashSet<>(classification.incidentsNaming(change.id()));
        inputs.add(change.id());
        Set<Recommendation> affected = new LinkedHashSet<>(em.createQuery("""
                        select distinct r from Recommendation r left join r.evidence e
                        where r.sourceId in :ids or e.targetId in :ids or e.kind in :parts""", Recommendation.class)
                .setParameter("ids", inputs).setParameter("parts", List.of(EvidenceKind.PROCEEDING, EvidenceKind.DECISION))
                .getResultList());
        for (Recommendation r : affected) {
            RecommendationData before = view(r);
            if (levels.classify(r)) {
                written(r, before);
            }
        }
    }

    private RecommendationData written(Recommendation r, RecommendationData before) {
        r.touch(clock.instant());
        em.flush();
        RecommendationData after = view(r);
        audit.record("update", KIND, r.id, before, after);
        return after;
    }

    // ---- rules -------------------------------------------------------------------------------------

    /** Bean validation, then the domain rules; every broken rule is reported at once. */
    private void check(RecommendationData data, UUID id) {
        List<Violation> found = new ArrayList<>(RecordChecks.constraints(validator, data));
        if ((data.document() == null || data.document().isBlank()) && data.sourceId() == null) {
            found.add(new Violation("document", "name the document (a UN symbol such as CCPR/C/KAZ/CO/3) or its source record"));
        }
        if (data.sourceId() != null && levels.levelOf(EvidenceKind.SOURCE, data.sourceId()).isEmpty()) {
            found.add(new Violation("sourceId", "no source has id " + data.sourceId()));
        }
        if (data.position() != null && data.mechanism() != null && !data.position().takenOn(data.mechanism())) {
            found.add(new Violation("position", data.mechanism() == Mechanism.UPR
                    ? "a State supports or notes a UPR recommendation (SUPPORTED or NOTED), not " + data.position()
                    : "a State accepts, partially accepts or rejects a " + data.mechanism().label().toLowerCase(Locale.ROOT)
                    + " recommendation; SUPPORTED and NOTED are for the UPR"));
        }
        if (data.positionDate() != null && data.position() == null) {
            found.add(new Violation("positionDate", "is given without a position"));
        }
        if (data.positionDate() != null && data.date() != null && data.positionDate().isBefore(data.date())) {
            found.add(new Violation("positionDate", "is before the recommendation was made (" + data.date() + ")"));
        }
        if (data.followUpDeadline() != null && data.date() != null && data.followUpDeadline().isBefore(data.date())) {
            found.add(new Violation("followUpDeadline", "is before the recommendation was made (" + data.date() + ")"));
        }
        List<StateCode> recommending = listOf(data.recommendingStates());
        if (!recommending.isEmpty() && data.mechanism() != null && data.mechanism() != Mechanism.UPR) {
            found.add(new Violation("recommendingStates", "only UPR recommendations are made by recommending States"));
        }
        if (data.stateUnderReview() != null && recommending.contains(data.stateUnderReview())) {
            found.add(new Violation("recommendingStates", "names the State under review, " + data.stateUnderReview()));
        }
        List<String> provisions = listOf(data.provisions());
        for (int i = 0; i < provisions.size(); i++) {
            String code = provisions.get(i);
            if (code != null && !code.isBlank() && catalogue.provision(code.strip()).isEmpty()) {
                found.add(new Violation("provisions[" + i + "]", "'" + code + "' is not in the legal catalogue"));
            }
        }
        if (data.identifier() != null && data.stateUnderReview() != null && found.stream().noneMatch(v -> v.field().equals("document"))) {
            levels.sameIdentifier(data).filter(other -> !other.equals(id)).ifPresent(other -> found.add(new Violation("identifier",
                    data.identifier() + " is already a recommendation of " + documentName(data) + " (" + other + ")")));
        }
        throwIfAny(found);
    }

    private static String documentName(RecommendationData data) {
        return data.document() == null || data.document().isBlank() ? "source " + data.sourceId() : data.document().strip();
    }

    private static void throwIfAny(List<Violation> found) {
        if (!found.isEmpty()) {
            throw new InvalidRecordException(found);
        }
    }

    private static void checkVersion(Recommendation r, Long version) {
        RecordChecks.requireVersion(KIND, r.id, r.version, version);
    }

    // ---- views -------------------------------------------------------------------------------------

    private Recommendation find(UUID id) {
        try {
            return id == null ? null : em.find(Recommendation.class, id);
        } catch (jakarta.persistence.EntityNotFoundException hidden) {
            return null;
        }
    }

    private Recommendation load(UUID id) {
        Recommendation r = find(id);
        if (r == null) {
            throw new RecordNotFoundException(KIND, id);
        }
        return r;
    }

    static String label(Recommendation r) {
        if (r.mechanism == Mechanism.UPR) {
            return "UPR " + r.identifier;
        }
        return (r.document == null ? r.mechanism.label() : r.document) + " para. " + r.identifier;
    }

    /** The latest assessment the caller may read: by date, then by when it was recorded. */
    static ImplementationStatus latestStatus(Recommendation r) {
        return r.assessments.stream().max(Comparator.comparing((Assessment a) -> a.assessedOn).thenComparing(a -> a.recordedAt))
                .map(a -> a.status).orElse(null);
    }

    RecommendationData view(Recommendation r) {
        ParagraphId paragraph = r.paragraph();
        ParagraphId parent = paragraph.parent().filter(p -> hasParent(r, p)).orElse(null);
        List<EvidenceData> evidence = r.evidence.stream().map(this::view)
                .sorted(Comparator.comparing((EvidenceData e) -> e.targetDate() == null ? FuzzyDate.unknown() : e.targetDate())
                        .thenComparing(e -> e.id()))
                .toList();
        List<AssessmentData> assessments = r.assessments.stream()
                .sorted(Comparator.comparing((Assessment a) -> a.assessedOn).thenComparing(a -> a.recordedAt))
                .map(a -> new AssessmentData(a.id, a.status, a.assessedOn, a.author, a.reasoning,
                        // only the links the caller may read
                        a.evidence.stream().filter(id -> evidence.stream().anyMatch(e -> e.id().equals(id))).toList(),
                        a.declaredConfidentiality, a.confidentiality))
                .toList();
        return new RecommendationData(r.id, r.version, r.mechanism, r.document, r.sourceId, paragraph, r.text, r.issued, r.cycle,
                r.recommendingStates.stream().map(StateCode::new).toList(), new StateCode(r.stateUnderReview), r.position,
                r.positionDate, List.copyOf(r.themes), List.copyOf(r.affectedGroups), Set.copyOf(r.rights), List.copyOf(r.provisions),
                r.followUpDeadline, r.declaredConfidentiality, r.confidentiality, parent, latestStatus(r), assessments, evidence);
    }

    private boolean hasParent(Recommendation r, ParagraphId parent) {
        var query = em.createQuery("select p.id from Recommendation p where p.stateUnderReview = :state and p.identifier = :identifier and "
                + (r.document != null ? "p.document = :document" : "p.document is null and p.sourceId = :source"), UUID.class)
                .setParameter("state", r.stateUnderReview).setParameter("identifier", parent.toString());
        if (r.document != null) {
            query.setParameter("document", r.document);
        } else {
            query.setParameter("source", r.sourceId);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    private EvidenceData view(Evidence e) {
        Optional<EvidenceTargets.Named> named = levels.targetsOf(e.kind).flatMap(t -> t.describe(e.kind, e.targetId));
        return new EvidenceData(e.id, e.kind, e.targetId, e.note, e.declaredConfidentiality, e.confidentiality,
                named.map(EvidenceTargets.Named::name).orElse(null), named.map(EvidenceTargets.Named::date).orElse(null),
                named.map(EvidenceTargets.Named::path).orElse(null), e.linkedOn, e.linkedBy);
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    static <T> Set<T> setOf(Collection<T> set) {
        return set == null ? Set.of() : new LinkedHashSet<>(set);
    }
}

package org.defensor.communications.internal;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.communications.AnswerData;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationFilter;
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Communications;
import org.defensor.communications.CommunicationsTransfer;
import org.defensor.communications.QuestionAssessment;
import org.defensor.communications.QuestionData;
import org.defensor.communications.Reference;
import org.defensor.communications.ReplyData;
import org.defensor.mandates.Mandates;
import org.defensor.records.Classification;
import org.defensor.records.Incidents;
import org.defensor.records.Organisations;
import org.defensor.records.Persons;
import org.defensor.records.RecordChanged;
import org.defensor.records.RecordIds;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordChecks;
import org.defensor.shared.RecordNotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaCommunications implements Communications, CommunicationsTransfer {

    static final String KIND = "communication";
    static final String REPLY = "reply";
    private static final int DEFAULT_REPLY_DAYS = 60;

    private final EntityManager em;
    private final AuditTrail audit;
    private final Clock clock;
    private final Validator validator;
    private final Incidents incidents;
    private final Persons persons;
    private final Organisations organisations;
    private final Mandates mandates;
    private final CommunicationLevels levels;
    private final Classification classification;

    private final RecordIds ids;

    JpaCommunications(EntityManager em, AuditTrail audit, Clock clock, Validator validator, Incidents incidents,
                      Persons persons, Organisations organisations, Mandates mandates, RecordIds ids,
                      CommunicationLevels levels, Classification classification) {
        this.levels = levels;
        this.classification = classification;
        this.em = em;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
        this.incidents = incidents;
        this.persons = persons;
        this.organisations = organisations;
        this.mandates = mandates;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- communications

    @Override
    @Transactional(readOnly = true)
    public List<CommunicationData> list(CommunicationFilter filter) {
        var query = em.createQuery("""
                select c from Communication c
                where (:country is null or c.country = :country)
                  and (:type is null or c.type = :type)
                  and (:year is null or c.year = :year)
                order by c.year desc, c.country, c.number desc""", Communication.class)
                .setParameter("country", filter.country() == null || filter.country().isBlank() ? null : filter.country())
                .setParameter("type", filter.type())
                .setParameter("year", filter.year());
        LocalDate today = today();
        List<Communication> shown = query.getResultList().stream()
                .filter(c -> filter.mandateId() == null || c.mandates.contains(filter.mandateId()))
                .filter(c -> filter.status() == null || c.statusOn(today) == filter.status())
                .filter(c -> !filter.overdue() || c.statusOn(today) == CommunicationStatus.OVERDUE)
                .toList();
        Map<UUID, Confidentiality> levels = new java.util.LinkedHashMap<>();
        shown.forEach(c -> levels.put(c.id, c.confidentiality));
        audit.recordListed(KIND, levels);
        return shown.stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CommunicationData get(UUID id) {
        Communication c = load(id);
        audit.recordView(KIND, id, c.confidentiality);
        return view(c);
    }

    Communication load(UUID id) {
        Communication c = id == null ? null : em.find(Communication.class, id);
        if (c == null) {
            throw new RecordNotFoundException(KIND, id);
        }
        return c;
    }

    @Override
    public CommunicationData create(CommunicationData data) {
        validate(data);
        LocalDate drafted = data.drafted() == null ? today() : data.drafted();
        Reference reference = referenceFor(data, drafted.getYear(), null);
        Communication c = new Communication(data.id() == null ? UUID.randomUUID() : data.id(), reference, drafted,
                data.replyDays() == null ? DEFAULT_REPLY_DAYS : data.replyDays());
        ids.claim(c.id, KIND);
        apply(data, c);
        c.touch(clock.instant());
        em.persist(c);
        audit.record("create", KIND, c.id, null, view(c));
        return view(c);
    }

    @Override
    public CommunicationData update(UUID id, CommunicationData data) {
        load(id).requireUnpublished();
        return rewrite(id, data, "update");
    }

    /** New wording for a published communication: only through a correction ({@link Publishing}), audited as one. */
    CommunicationData correct(UUID id, CommunicationData data) {
        return rewrite(id, data, "correct");
    }

    private CommunicationData rewrite(UUID id, CommunicationData data, String action) {
        validate(data);
        Communication c = load(id);
        RecordChecks.requireVersion(KIND, c.id, c.version, data.version());
        CommunicationData before = view(c);
        Reference wanted = referenceFor(data, c.year, c.id);
        if (c.status != CommunicationStatus.DRAFT && !wanted.equals(c.reference())) {
            throw new InvalidRecordException("reference", "a sent communication keeps its reference " + c.reference());
        }
        c.type = wanted.type();
        c.country = wanted.country();
        c.number = wanted.number();
        c.year = wanted.year();
        if (data.drafted() != null) {
            c.drafted = data.drafted();
        }
        if (data.replyDays() != null) {
            c.replyDays = data.replyDays();
        }
        apply(data, c);
        c.touch(clock.instant());
        em.flush();
        audit.record(action, KIND, c.id, before, view(c));
        return view(c);
    }

    @Override
    public void delete(UUID id, long version) {
        Communication c = load(id);
        RecordChecks.requireVersion(KIND, id, c.version, version);
        if (c.status != CommunicationStatus.DRAFT) {
            throw new InvalidRecordException("status", "only a draft can be deleted; a sent communication stays on record (close it instead)");
        }
        if (!em.createQuery("select c.id from Communication c join c.follows f where f = :id", UUID.class)
                .setParameter("id", id).getResultList().isEmpty()) {
            throw new org.defensor.shared.RecordInUseException(KIND, id);
        }
        remove(c, view(c));
    }

    private void remove(Communication c, CommunicationData before) {
        em.remove(c);
        em.flush();
        ids.release(c.id);
        audit.record("delete", KIND, c.id, before, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(UUID id) {
        load(id);
        return audit.history(KIND, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> views(UUID id) {
        load(id);
        return audit.views(KIND, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Reference nextReference(CommunicationType type, String country, int year) {
        if (year < Reference.FIRST_YEAR || year > Reference.LAST_YEAR) {
            throw new InvalidRecordException("year", "must be a year from " + Reference.FIRST_YEAR + " to " + Reference.LAST_YEAR);
        }
        Integer highest = em.createQuery("select max(c.number) from Communication c where c.country = :country and c.year = :year",
                        Integer.class)
                .setParameter("country", country).setParameter("year", year).getSingleResult();
        return new Reference(type, country, highest == null ? 1 : highest + 1, year);
    }

    /** The reference the data asks for, checked; or the next free one. */
    private Reference referenceFor(CommunicationData data, int year, UUID self) {
        if (data.reference() == null || data.reference().isBlank()) {
            if (self != null) {
                Communication c = em.find(Communication.class, self);
                return new Reference(data.type(), data.country(), c.number, c.year);
            }
            return nextReference(data.type(), data.country(), year);
        }
        return checkedReference(data, self);
    }

    /** The reference the data gives, refused when it is malformed, disagrees with the type or country, or is taken. */
    private Reference checkedReference(CommunicationData data, UUID self) {
        Reference ref;
        try {
            ref = Reference.parse(data.reference());
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("reference", e.getMessage());
        }
        List<InvalidRecordException.Violation> wrong = new ArrayList<>();
        if (ref.type() != data.type()) {
            wrong.add(new InvalidRecordException.Violation("reference", "says " + ref.type() + " but the type is " + data.type()));
        }
        if (!ref.country().equals(data.country())) {
            wrong.add(new InvalidRecordException.Violation("reference", "says " + ref.country() + " but the country is " + data.country()));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidRecordException(wrong);
        }
        List<UUID> taken = em.createQuery("""
                        select c.id from Communication c where c.country = :country and c.year = :year and c.number = :number""",
                        UUID.class)
                .setParameter("country", ref.country()).setParameter("year", ref.year()).setParameter("number", ref.number())
                .getResultList();
        if (taken.stream().anyMatch(id -> !id.equals(self))) {
            throw new InvalidRecordException("reference", ref.country() + " " + ref.number() + "/" + ref.year()
                    + " is already used by another communication (" + nextReference(ref.type(), ref.country(), ref.year())
                    + " is free)");
        }
        return ref;
    }

    private void apply(CommunicationData data, Communication c) {
        Violations found = new Violations();
        checkReferences(data, c.id, Set.of(), found);
        found.throwIfAny();
        assign(data, c);
    }

    /** Each id the communication refers to must name a record, stored or {@code pending} (about to be imported with it). */
    private void checkReferences(CommunicationData data, UUID self, Set<UUID> pending, Violations found) {
        checked(found, "mandateIds", data.mandateIds(), "mandate", mandates::get, Set.of());
        checked(found, "incidentIds", data.incidentIds(), "incident", incidents::displayName, pending);
        checked(found, "personIds", data.personIds(), "person", persons::displayName, pending);
        checked(found, "organisationIds", data.organisationIds(), "organisation", organisations::displayName, pending);
        checked(found, "redactPersonIds", data.redactPersonIds(), "person", persons::displayName, pending);
        checked(found, "follows", data.follows(), "communication", this::load, pending);
        if (self != null && list(data.follows()).contains(self)) {
            found.add("follows", "a communication cannot follow itself");
        }
        List<QuestionData> questions = list(data.questions());
        for (int i = 0; i < questions.size(); i++) {
            checked(found, "questions[" + i + "].incidentIds", questions.get(i).incidentIds(), "incident", incidents::displayName,
                    pending);
            checked(found, "questions[" + i + "].personIds", questions.get(i).personIds(), "person", persons::displayName,
                    pending);
        }
    }

    private void assign(CommunicationData data, Communication c) {
        c.mandates = ids(data.mandateIds());
        c.incidents = ids(data.incidentIds());
        c.persons = ids(data.personIds());
        c.organisations = ids(data.organisationIds());
        c.redactions = ids(data.redactPersonIds());
        c.follows = ids(data.follows());
        List<QuestionData> questions = list(data.questions());
        c.summary = data.summary();
        c.facts = data.facts();
        c.concerns = data.concerns();
        c.pressRelease = data.pressRelease();
        if (data.confidentiality() != null) {
            c.declaredConfidentiality = data.confidentiality();
        }
        applyQuestions(questions, c);
        classify(c);
    }

    /** Sets the effective level from the communication's inputs; true when it changed. */
    private boolean classify(Communication c) {
        Confidentiality effective = levels.effective(c);
        if (effective == c.confidentiality) {
            return false;
        }
        Confidentiality was = c.confidentiality;
        c.confidentiality = effective;
        if (em.contains(c)) {
            // replies take their confidentiality from the communication: reindex them, audited as changed
            repliesOf(c).forEach(r -> {
                r.touch(clock.instant());
                audit.record("update", REPLY, r.id, Map.of("confidentiality", was), Map.of("confidentiality", effective));
            });
        }
        return true;
    }

    /**
     * A record changed: each communication drawn from it (directly, or through an incident that
     * names the changed person or organisation) takes its new effective level, with the change in
     * its history, and the communications that follow one up follow in turn.
     */
    @EventListener
    void recordChanged(RecordChanged change) {
        Set<UUID> inputs = new HashSet<>(classification.incidentsNaming(change.id()));
        inputs.add(change.id());
        java.util.Deque<Communication> next = new java.util.ArrayDeque<>(em.createQuery("""
                        select distinct c from Communication c left join c.incidents i left join c.persons p
                          left join c.organisations o left join c.questions q left join q.incidents qi left join q.persons qp
                        where i in :ids or p in :ids or o in :ids or qi in :ids or qp in :ids""", Communication.class)
                .setParameter("ids", inputs).getResultList());
        Set<UUID> seen = new HashSet<>();
        while (!next.isEmpty()) {
            Communication c = next.pop();
            if (!seen.add(c.id)) {
                continue;
            }
            CommunicationData before = view(c);
            if (classify(c)) {
                c.touch(clock.instant());
                em.flush();
                audit.record("update", KIND, c.id, before, view(c));
                next.addAll(em.createQuery("select c from Communication c join c.follows f where f = :id", Communication.class)
                        .setParameter("id", c.id).getResultList());
            }
        }
    }

    private static void applyQuestions(List<QuestionData> wanted, Communication c) {
        while (c.questions.size() > wanted.size()) {
            c.questions.remove(c.questions.size() - 1);
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i == c.questions.size()) {
                c.questions.add(new Question(UUID.randomUUID(), c, i));
            }
            Question q = c.questions.get(i);
            q.text = wanted.get(i).text().strip();
            q.incidents = new ArrayList<>(list(wanted.get(i).incidentIds()));
            q.persons = new ArrayList<>(list(wanted.get(i).personIds()));
        }
    }

    /** Checks that each id names a record the caller may read, or one of the {@code pending} ones. */
    private static void checked(Violations found, String field, List<UUID> ids, String kind, Function<UUID, ?> lookup,
                                Set<UUID> pending) {
        List<UUID> given = list(ids);
        for (int i = 0; i < given.size(); i++) {
            UUID id = given.get(i);
            if (id == null) {
                found.add(field + "[" + i + "]", "is empty");
                continue;
            }
            if (pending.contains(id)) {
                continue;
            }
            try {
                lookup.apply(id);
            } catch (RecordNotFoundException e) {
                found.add(field + "[" + i + "]", "no " + kind + " with id " + id);
            }
        }
    }

    /** The ids as stored: without empty ones or repeats. */
    private static List<UUID> ids(List<UUID> given) {
        return new ArrayList<>(list(given).stream().filter(Objects::nonNull).distinct().toList());
    }

    @Override
    public CommunicationData markSent(UUID id, long version, LocalDate sent) {
        return transition(id, version, c -> c.markSent(sent == null ? today() : sent, today()), "send");
    }

    /** Only through {@link Publishing}, which first checks that the public version names no CONFIDENTIAL record. */
    CommunicationData publish(UUID id, long version, LocalDate published) {
        return transition(id, version, c -> c.publish(published == null ? today() : published), "publish");
    }

    @Override
    public CommunicationData close(UUID id, long version, LocalDate closed) {
        return transition(id, version, c -> c.close(closed == null ? today() : closed), "close");
    }

    private CommunicationData transition(UUID id, long version, java.util.function.Consumer<Communication> move, String action) {
        Communication c = load(id);
        RecordChecks.requireVersion(KIND, id, c.version, version);
        CommunicationData before = view(c);
        move.accept(c);
        c.touch(clock.instant());
        em.flush();
        audit.record(action, KIND, id, before, view(c));
        return view(c);
    }

    CommunicationData view(Communication c) {
        return view(c, c.statusOn(today()));
    }

    private CommunicationData view(Communication c, CommunicationStatus status) {
        return new CommunicationData(c.id, c.version, c.reference().toString(), c.type, c.country, status,
                c.drafted, c.sent, c.replyDays, c.deadline(), c.published, c.closed, c.pressRelease, List.copyOf(c.mandates),
                List.copyOf(c.incidents), List.copyOf(c.persons), List.copyOf(c.organisations), List.copyOf(c.follows),
                List.copyOf(c.redactions), c.summary, c.facts, c.concerns,
                c.questions.stream().map(q -> new QuestionData(q.number(), q.text, List.copyOf(q.incidents),
                        List.copyOf(q.persons))).toList(),
                c.declaredConfidentiality, c.confidentiality);
    }

    // ---- replies

    List<Reply> repliesOf(Communication c) {
        return em.createQuery("select r from Reply r where r.communication = :c order by r.received, r.id", Reply.class)
                .setParameter("c", c).getResultList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReplyData> replies(UUID communicationId) {
        return repliesOf(load(communicationId)).stream().map(JpaCommunications::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ReplyData reply(UUID replyId) {
        return view(loadReply(replyId));
    }

    private Reply loadReply(UUID id) {
        Reply r = id == null ? null : em.find(Reply.class, id);
        if (r == null) {
            throw new RecordNotFoundException(REPLY, id);
        }
        return r;
    }

    @Override
    public ReplyData recordReply(UUID communicationId, ReplyData data) {
        validate(data);
        Communication c = load(communicationId);
        Reply r = new Reply(data.id() == null ? UUID.randomUUID() : data.id(), c);
        ids.claim(r.id, REPLY);
        applyReply(data, r);
        withStatusAudited(c, c::replyRecorded);
        r.touch(clock.instant());
        em.persist(r);
        em.flush();
        audit.record("create", REPLY, r.id, null, view(r));
        return view(r);
    }

    @Override
    public ReplyData updateReply(UUID replyId, ReplyData data) {
        validate(data);
        Reply r = loadReply(replyId);
        RecordChecks.requireVersion(REPLY, replyId, r.version, data.version());
        ReplyData before = view(r);
        applyReply(data, r);
        r.touch(clock.instant());
        em.flush();
        audit.record("update", REPLY, replyId, before, view(r));
        return view(r);
    }

    @Override
    public void deleteReply(UUID replyId, long version) {
        Reply r = loadReply(replyId);
        RecordChecks.requireVersion(REPLY, replyId, r.version, version);
        remove(r);
    }

    /** A reply recorded or removed can move its communication's status; the communication's history says so. */
    private void withStatusAudited(Communication c, Runnable change) {
        CommunicationStatus before = c.status;
        change.run();
        // Touched only when its status moves: every change to its stored rows has an audited write.
        if (c.status != before) {
            c.touch(clock.instant());
            audit.record("update", KIND, c.id, Map.of("status", before), Map.of("status", c.status));
        }
    }

    private void remove(Reply r) {
        ReplyData before = view(r);
        Communication c = r.communication;
        em.remove(r);
        em.flush();
        ids.release(r.id);
        if (repliesOf(c).isEmpty()) {
            withStatusAudited(c, c::lastReplyRemoved);
        }
        audit.record("delete", REPLY, r.id, before, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> replyHistory(UUID replyId) {
        loadReply(replyId);
        return audit.history(REPLY, replyId);
    }

    /** What a reply is checked against: its letter's reference, status, sending date and number of questions. */
    private record LetterFacts(String reference, CommunicationStatus status, LocalDate sent, int questions) {

        static LetterFacts of(Communication c) {
            return new LetterFacts(c.reference().toString(), c.status, c.sent, c.questions.size());
        }

        static LetterFacts of(CommunicationData c) {
            String reference = c.reference() == null || c.reference().isBlank() ? "communication " + c.id() : c.reference();
            return new LetterFacts(reference, c.status(), c.sent(), list(c.questions()).size());
        }

        boolean hasQuestion(Integer number) {
            return number != null && number >= 1 && number <= questions;
        }

        String questionCount() {
            return questions == 1 ? "1 question" : questions + " questions";
        }
    }

    /** Checks the reply against its communication (dates, question numbers, incidents), then writes it. */
    private void applyReply(ReplyData data, Reply r) {
        Violations found = new Violations();
        checkReply(data, LetterFacts.of(r.communication), Set.of(), found);
        found.throwIfAny();
        r.answers.clear();
        em.flush();
        assignReply(data, r);
    }

    private void checkReply(ReplyData data, LetterFacts c, Set<UUID> pending, Violations found) {
        if (c.sent() != null) {
            if (data.received().isBefore(c.sent())) {
                found.add("received", "is before the letter was sent (" + c.sent() + ")");
            }
            if (data.dated() != null && data.dated().isBefore(c.sent())) {
                found.add("dated", "is before the letter was sent (" + c.sent() + ")");
            }
        }
        if (data.dated() != null && data.received().isBefore(data.dated())) {
            found.add("received", "is before the reply's own date (" + data.dated() + ")");
        }
        if (data.received().isAfter(today())) {
            found.add("received", "is in the future");
        }
        List<AnswerData> answers = list(data.answers());
        for (int i = 0; i < answers.size(); i++) {
            for (Integer n : list(answers.get(i).questions())) {
                if (!c.hasQuestion(n)) {
                    found.add("answers[" + i + "].questions", "question " + n + " is not in " + c.reference()
                            + " (it has " + c.questionCount() + ")");
                }
            }
            checked(found, "answers[" + i + "].incidentIds", answers.get(i).incidentIds(), "incident", incidents::displayName,
                    pending);
        }
        List<QuestionAssessment> assessments = list(data.assessments());
        Set<Integer> assessed = new java.util.HashSet<>();
        for (int i = 0; i < assessments.size(); i++) {
            Integer n = assessments.get(i).question();
            if (!c.hasQuestion(n)) {
                found.add("assessments[" + i + "].question", "question " + n + " is not in " + c.reference()
                        + " (it has " + c.questionCount() + ")");
            } else if (!assessed.add(n)) {
                found.add("assessments[" + i + "].question", "question " + n + " is assessed twice");
            }
        }
    }

    private static void assignReply(ReplyData data, Reply r) {
        r.received = data.received();
        r.dated = data.dated();
        r.stateReference = data.stateReference();
        r.sender = data.sender();
        r.text = data.text();
        r.exhibits = new ArrayList<>(list(data.exhibits()).stream().filter(e -> e != null && !e.isBlank()).toList());
        List<AnswerData> answers = list(data.answers());
        for (int i = 0; i < answers.size(); i++) {
            Answer a = new Answer(UUID.randomUUID(), r, i);
            a.passage = answers.get(i).passage();
            a.claim = answers.get(i).claim();
            a.questions = new ArrayList<>(list(answers.get(i).questions()).stream().distinct().sorted().toList());
            a.incidents = new ArrayList<>(list(answers.get(i).incidentIds()));
            r.answers.add(a);
        }
        r.assessments = new ArrayList<>(list(data.assessments()).stream()
                .sorted(Comparator.comparing(QuestionAssessment::question))
                .map(a -> new AssessmentColumns(a.question(), a.assessment(), a.note())).toList());
    }

    static ReplyData view(Reply r) {
        return new ReplyData(r.id, r.version, r.communication.id, r.received, r.dated, r.stateReference, r.sender,
                List.copyOf(r.exhibits),
                r.text,
                r.answers.stream().map(a -> new AnswerData(List.copyOf(a.questions), a.passage, List.copyOf(a.incidents),
                        a.claim)).toList(),
                r.assessments.stream().map(a -> new QuestionAssessment(a.question, a.assessment, a.note)).toList());
    }

    // ---- whole-dataset export and import

    @Override
    @Transactional(readOnly = true)
    public Page<CommunicationData> communications(Pageable page) {
        List<Communication> found = em.createQuery("""
                        select c from Communication c order by c.year, c.country, c.number""", Communication.class)
                .setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
        long total = em.createQuery("select count(c) from Communication c", Long.class).getSingleResult();
        return new PageImpl<>(found.stream().map(c -> view(c, c.status)).toList(), page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ReplyData> replies(Pageable page) {
        List<Reply> found = em.createQuery("""
                        select r from Reply r join r.communication c
                        order by c.year, c.country, c.number, r.received, r.id""", Reply.class)
                .setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
        long total = em.createQuery("select count(r) from Reply r", Long.class).getSingleResult();
        return new PageImpl<>(found.stream().map(JpaCommunications::view).toList(), page, total);
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = InvalidRecordException.class)
    public void check(CommunicationData data, Pending pending) {
        restored(data, pending);
        // Only here: restore() writes a communication before its replies.
        if (data.status() == CommunicationStatus.REPLIED && !pending.replied().contains(data.id())) {
            throw new InvalidRecordException("status", "is REPLIED but no reply to it is in the file: add the reply, "
                    + "or give the status SENT");
        }
    }

    @Override
    public CommunicationData restore(CommunicationData data) {
        Communication c = restored(data, Pending.NONE);
        ids.claim(c.id, KIND);
        c.touch(clock.instant());
        em.persist(c);
        CommunicationData after = view(c, c.status);
        audit.record("create", KIND, c.id, null, after);
        return after;
    }

    /**
     * The communication the data describes, checked as a whole and not yet stored. Its reference is
     * required (a dataset keeps references) and must be free in the database and among the pending
     * communications before it in the file; question numbers, when given, must follow the order.
     */
    private Communication restored(CommunicationData data, Pending pending) {
        validate(data);
        Violations found = new Violations();
        if (data.id() == null) {
            found.add("id", "is required: replies and follow-ups refer to a communication by its id");
        } else {
            ids.holder(data.id()).ifPresent(holder -> found.add("id", RecordIds.taken(data.id(), holder)));
        }
        Reference reference = null;
        if (data.reference() == null || data.reference().isBlank()) {
            found.add("reference", "is required: a dataset keeps each communication's reference");
        } else {
            try {
                reference = checkedReference(data, data.id());
                checkNotEarlierInFile(reference, data.id(), pending, found);
            } catch (InvalidRecordException e) {
                found.addAll(e);
            }
        }
        checkReferences(data, data.id(), pending.ids(), found);
        List<QuestionData> questions = list(data.questions());
        for (int i = 0; i < questions.size(); i++) {
            Integer number = questions.get(i).number();
            if (number != null && number != i + 1) {
                found.add("questions[" + i + "].number", "is " + number + " but the question stands " + (i + 1)
                        + ". in the letter: questions are numbered in order");
            }
        }
        if (reference == null) {
            found.throwIfAny();
        }
        LocalDate drafted = data.drafted() != null ? data.drafted() : data.sent() != null ? data.sent() : today();
        Communication c = new Communication(data.id(), reference, drafted,
                data.replyDays() == null ? DEFAULT_REPLY_DAYS : data.replyDays());
        try {
            c.restore(data.status(), data.sent(), data.published(), data.closed(), today());
        } catch (InvalidRecordException e) {
            found.addAll(e);
        }
        found.throwIfAny();
        assign(data, c);
        return c;
    }

    /**
     * Two communications of a file numbered alike (country, number and year: the type does not
     * count, as in the database): the later one is refused.
     */
    private static void checkNotEarlierInFile(Reference reference, UUID self, Pending pending, Violations found) {
        for (CommunicationData earlier : pending.communications().values()) {
            if (earlier.id().equals(self)) {
                return;
            }
            Reference other = parsedOrNull(earlier.reference());
            if (other != null && other.country().equals(reference.country()) && other.number() == reference.number()
                    && other.year() == reference.year()) {
                found.add("reference", reference.country() + " " + reference.number() + "/" + reference.year()
                        + " is also used by communication " + earlier.id() + " (" + other + ") earlier in the file");
            }
        }
    }

    private static Reference parsedOrNull(String reference) {
        try {
            return reference == null ? null : Reference.parse(reference);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = InvalidRecordException.class)
    public void check(ReplyData data, Pending pending) {
        validate(data);
        Violations found = new Violations();
        LetterFacts letter = letterOf(data, pending, found);
        if (letter != null) {
            checkReply(data, letter, pending.ids(), found);
        }
        found.throwIfAny();
    }

    @Override
    public ReplyData restore(ReplyData data) {
        check(data, Pending.NONE);
        Communication c = load(data.communicationId());
        Reply r = new Reply(data.id(), c);
        ids.claim(r.id, REPLY);
        assignReply(data, r);
        if (c.status == CommunicationStatus.SENT) { // a restored letter's stored status is kept otherwise
            withStatusAudited(c, c::replyRecorded);
        }
        r.touch(clock.instant());
        em.persist(r);
        ReplyData after = view(r);
        audit.record("create", REPLY, r.id, null, after);
        return after;
    }

    /** The letter a reply answers, from the pending ones or the database; null, with the reason, when there is none to answer. */
    private LetterFacts letterOf(ReplyData data, Pending pending, Violations found) {
        if (data.id() == null) {
            found.add("id", "is required: an import keeps each reply's id");
        } else {
            ids.holder(data.id()).ifPresent(holder -> found.add("id", RecordIds.taken(data.id(), holder)));
        }
        UUID id = data.communicationId();
        LetterFacts letter = null;
        if (id == null) {
            found.add("communicationId", "is required");
        } else if (pending.communications().containsKey(id)) {
            letter = LetterFacts.of(pending.communications().get(id));
        } else {
            Communication c = em.find(Communication.class, id);
            if (c == null) {
                found.add("communicationId", "no communication with id " + id);
            } else {
                letter = LetterFacts.of(c);
            }
        }
        if (letter != null && (letter.status() == null || letter.status() == CommunicationStatus.DRAFT)) {
            found.add("communicationId", letter.reference() + " is a draft: it has not been sent, so it has no reply");
            return null;
        }
        return letter;
    }

    // ---- shared checks

    private void validate(Object data) {
        RecordChecks.requireValid(validator, data);
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}

package org.defensor.communications.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.defensor.audit.AuditTrail;
import org.defensor.communications.Assessment;
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.QuestionAssessment;
import org.defensor.communications.Tracking;
import org.defensor.recommendations.FollowUps;
import org.defensor.shared.Clearance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional(readOnly = true)
class JpaTracking implements Tracking {

    private static final String NOTIFICATION = "notification";

    private final EntityManager em;
    private final Clock clock;
    private final AuditTrail audit;

    private final TransactionTemplate inTransaction;
    private final FollowUps followUps;
    /** How long before a follow-up deadline the desk is reminded. */
    private final Period followUpNotice;
    private static final java.time.format.DateTimeFormatter LETTER_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    JpaTracking(EntityManager em, Clock clock, AuditTrail audit, PlatformTransactionManager transactions, FollowUps followUps,
                @Value("${defensor.recommendations.follow-up-notice:P30D}") Period followUpNotice) {
        this.em = em;
        this.followUps = followUps;
        this.followUpNotice = followUpNotice;
        this.clock = clock;
        this.audit = audit;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    private List<Communication> readableSent() {
        return em.createQuery("""
                        select c from Communication c
                        where c.status <> :draft
                        order by c.sent, c.year, c.number""", Communication.class)
                .setParameter("draft", CommunicationStatus.DRAFT)
                .getResultList();
    }

    private Map<UUID, List<Reply>> repliesByCommunication() {
        Map<UUID, List<Reply>> replies = new HashMap<>();
        em.createQuery("select r from Reply r order by r.received", Reply.class).getResultList()
                .forEach(r -> replies.computeIfAbsent(r.communication.id, k -> new ArrayList<>()).add(r));
        return replies;
    }

    @Override
    public Dashboard dashboard() {
        LocalDate today = LocalDate.now(clock);
        List<Communication> sent = readableSent();
        Map<UUID, List<Reply>> replies = repliesByCommunication();
        List<Overdue> overdue = sent.stream()
                .filter(c -> c.statusOn(today) == CommunicationStatus.OVERDUE)
                .map(c -> new Overdue(c.id, c.reference().toString(), c.country, c.sent, c.deadline(),
                        ChronoUnit.DAYS.between(c.deadline(), today)))
                .sorted(Comparator.comparing(Overdue::deadline))
                .toList();
        List<AwaitingAssessment> awaiting = new ArrayList<>();
        for (Communication c : sent) {
            for (Reply r : replies.getOrDefault(c.id, List.of())) {
                Set<Integer> assessed = new java.util.HashSet<>();
                r.assessments.forEach(a -> assessed.add(a.question));
                List<Integer> open = c.questions.stream().map(Question::number).filter(n -> !assessed.contains(n)).toList();
                if (!open.isEmpty()) {
                    awaiting.add(new AwaitingAssessment(r.id, c.id, c.reference().toString(), r.received, open));
                }
            }
        }
        return new Dashboard(overdue, awaiting, unanswered(sent, replies, today), responses(sent, replies));
    }

    @Override
    public List<OpenQuestion> unansweredQuestions() {
        return unanswered(readableSent(), repliesByCommunication(), LocalDate.now(clock));
    }

    /**
     * A question is open when the best assessment across the replies leaves it open (or none assessed
     * it), once the State has replied or the deadline has passed: before that it is simply pending.
     */
    private static List<OpenQuestion> unanswered(List<Communication> sent, Map<UUID, List<Reply>> replies, LocalDate today) {
        List<OpenQuestion> open = new ArrayList<>();
        for (Communication c : sent) {
            List<Reply> rs = replies.getOrDefault(c.id, List.of());
            boolean due = !rs.isEmpty() || c.statusOn(today) == CommunicationStatus.OVERDUE
                    || (c.deadline() != null && today.isAfter(c.deadline()));
            if (!due) {
                continue;
            }
            Map<Integer, Assessment> bestOf = QuestionAssessment.bestByQuestion(rs.stream()
                    .flatMap(r -> r.assessments.stream()).map(a -> new QuestionAssessment(a.question, a.assessment, a.note)));
            for (Question q : c.questions) {
                Assessment best = bestOf.get(q.number());
                if (best == null || best.leavesQuestionOpen()) {
                    open.add(new OpenQuestion(c.id, c.reference().toString(), c.country, q.number(), q.text, best));
                }
            }
        }
        return open;
    }

    private static List<StateResponse> responses(List<Communication> sent, Map<UUID, List<Reply>> replies) {
        Map<String, List<Communication>> byCountry = new TreeMap<>();
        sent.forEach(c -> byCountry.computeIfAbsent(c.country, k -> new ArrayList<>()).add(c));
        List<StateResponse> responses = new ArrayList<>();
        byCountry.forEach((country, cs) -> {
            List<Long> days = new ArrayList<>();
            for (Communication c : cs) {
                List<Reply> rs = replies.getOrDefault(c.id, List.of());
                if (!rs.isEmpty() && c.sent != null) {
                    days.add(ChronoUnit.DAYS.between(c.sent, rs.get(0).received));
                }
            }
            responses.add(new StateResponse(country, cs.size(), days.size(), (double) days.size() / cs.size(),
                    days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElseThrow()));
        });
        return responses;
    }

    @Override
    public List<ChainLink> chain(UUID communicationId) {
        Map<UUID, Communication> all = new LinkedHashMap<>();
        em.createQuery("select c from Communication c", Communication.class).getResultList().forEach(c -> all.put(c.id, c));
        if (!all.containsKey(communicationId)) {
            throw new org.defensor.shared.RecordNotFoundException(JpaCommunications.KIND, communicationId);
        }
        // Follow-up links count both ways: walk them from this communication until nothing new is reached.
        Map<UUID, Set<UUID>> links = new HashMap<>();
        for (Communication c : all.values()) {
            for (UUID earlier : c.follows) {
                if (all.containsKey(earlier)) {
                    links.computeIfAbsent(c.id, k -> new LinkedHashSet<>()).add(earlier);
                    links.computeIfAbsent(earlier, k -> new LinkedHashSet<>()).add(c.id);
                }
            }
        }
        Set<UUID> reached = new LinkedHashSet<>();
        java.util.Deque<UUID> next = new java.util.ArrayDeque<>(List.of(communicationId));
        while (!next.isEmpty()) {
            UUID id = next.pop();
            if (reached.add(id)) {
                next.addAll(links.getOrDefault(id, Set.of()));
            }
        }
        Map<UUID, List<Reply>> replies = repliesByCommunication();
        return reached.stream().map(all::get)
                .sorted(Comparator.comparing((Communication c) -> c.sent == null ? c.drafted : c.sent))
                .map(c -> new ChainLink(c.id, c.reference().toString(), c.sent,
                        replies.getOrDefault(c.id, List.of()).stream().map(r -> r.dated != null ? r.dated : r.received).toList()))
                .toList();
    }

    // The deadline passes at midnight; checking every few minutes is soon enough.
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${defensor.communications.deadline-check:PT10M}")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void scheduledCheck() {
        checkDeadlines();
    }

    // As the system, which reads every communication, in a transaction of its own begun after the clearance is set.
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int checkDeadlines() {
        return Clearance.asSystem(() -> inTransaction.execute(status -> notifyOverdue() + notifyFollowUps()));
    }

    private int notifyFollowUps() {
        LocalDate today = LocalDate.now(clock);
        Set<String> given = new java.util.HashSet<>();
        em.createQuery("select n from Notice n where n.recommendationId is not null", Notice.class).getResultList()
                .forEach(n -> given.add(n.kind + " " + n.recommendationId + " " + n.due));
        int created = 0;
        for (FollowUps.FollowUp f : followUps.dueBy(today.plus(followUpNotice))) {
            boolean passed = f.deadline().isBefore(today);
            String kind = passed ? Notice.FOLLOW_UP_PASSED : Notice.FOLLOW_UP_DUE;
            if (given.contains(kind + " " + f.recommendationId() + " " + f.deadline())) {
                continue;
            }
            String when = LETTER_DATE.format(f.deadline());
            Notice notice = Notice.followUp(UUID.randomUUID(), clock.instant(), kind, f.recommendationId(), f.deadline(), passed
                    ? "The follow-up deadline of " + f.label() + " (" + f.state() + ") passed on " + when + "; no assessment finds it implemented."
                    : "The follow-up of " + f.label() + " (" + f.state() + ") is due on " + when + ".");
            em.persist(notice);
            audit.record("create", NOTIFICATION, notice.id, null,
                    Map.of("recommendationId", f.recommendationId(), "kind", kind, "due", f.deadline(), "text", notice.text));
            created++;
        }
        return created;
    }

    private int notifyOverdue() {
        LocalDate today = LocalDate.now(clock);
        Set<UUID> notified = new java.util.HashSet<>(em.createQuery(
                "select n.communicationId from Notice n where n.kind = :kind", UUID.class)
                .setParameter("kind", Notice.DEADLINE_PASSED).getResultList());
        int created = 0;
        for (Communication c : em.createQuery("select c from Communication c where c.status = :sent", Communication.class)
                .setParameter("sent", CommunicationStatus.SENT).getResultList()) {
            if (c.statusOn(today) == CommunicationStatus.OVERDUE && !notified.contains(c.id)) {
                Notice notice = new Notice(UUID.randomUUID(), clock.instant(), Notice.DEADLINE_PASSED, c.id,
                        "The reply deadline of " + c.reference() + " passed on " + c.deadline() + " without a reply.");
                em.persist(notice);
                audit.record("create", NOTIFICATION, notice.id, null,
                        Map.of("communicationId", c.id, "kind", notice.kind, "text", notice.text));
                created++;
            }
        }
        return created;
    }

    @Override
    public List<Notification> notifications() {
        String me = Clearance.actor();
        return em.createQuery("""
                        select n from Notice n order by n.created desc""", Notice.class)
                .getResultList().stream()
                .map(n -> new Notification(n.id, n.created, n.communicationId, n.recommendationId, n.text, n.readBy.contains(me)))
                .toList();
    }

    @Override
    @Transactional
    public void markRead(UUID notificationId) {
        var n = em.find(Notice.class, notificationId);
        if (n == null) {
            throw new org.defensor.shared.RecordNotFoundException("notification", notificationId);
        }
        if (n.readBy.add(Clearance.actor())) {
            audit.record("read", NOTIFICATION, n.id, Map.of("read", false), Map.of("read", true));
        }
    }

    @Override
    public long unreadCount() {
        return notifications().stream().filter(n -> !n.read()).count();
    }
}

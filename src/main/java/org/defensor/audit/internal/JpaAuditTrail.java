package org.defensor.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.shared.Clearance;
import org.defensor.shared.Confidentiality;
import org.springframework.core.Ordered;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each write as the list of top-level fields whose JSON value changed, and each read as who
 * read what. Entries of a transaction are queued and appended to the chain as it commits.
 */
@Service
class JpaAuditTrail implements AuditTrail {

    private static final TypeReference<List<AuditEntry.Change>> CHANGES = new TypeReference<>() {};
    private static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final AuditChain chain;
    private final EntityManager em;
    private final EntityManagerFactory emf;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate separate;

    JpaAuditTrail(AuditEventRepository events, AuditChain chain, EntityManager em, EntityManagerFactory emf, ObjectMapper json, Clock clock,
                  PlatformTransactionManager transactions) {
        this.events = events;
        this.chain = chain;
        this.em = em;
        this.emf = emf;
        this.json = json;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // Joins the caller's transaction: the audit entry is written if and only if the change is.
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String recordType, Object recordId, Object before, Object after) {
        writes().add(entry(action, recordType, recordId, diff(tree(before), tree(after)), false));
    }

    @Override
    public void recordView(String recordType, Object recordId, Confidentiality level) {
        if (level != Confidentiality.PUBLIC) {
            recordRead("view", recordType, recordId, level.name());
        }
    }

    @Override
    public void recordListed(String recordType, java.util.Map<?, Confidentiality> levels) {
        List<AuditRow> reads = new ArrayList<>();
        levels.forEach((id, level) -> {
            if (level != Confidentiality.PUBLIC) {
                reads.add(entry("list", recordType, id, List.of(new AuditEntry.Change("detail", null, level.name())), true));
            }
        });
        appendReads(reads);
    }

    @Override
    public void recordRead(String action, String recordType, Object recordId, String detail) {
        appendReads(List.of(entry(action, recordType, recordId, List.of(new AuditEntry.Change("detail", null, detail)), true)));
    }

    /** Appends reads once the read's transaction has committed, in a transaction of their own. */
    private void appendReads(List<AuditRow> reads) {
        if (reads.isEmpty() || SYSTEM.equals(Clearance.actor()) || Clearance.current() == Confidentiality.PUBLIC) {
            // Start-up and command-line work reads everything, and the command itself is what counts;
            // a caller cleared for PUBLIC records only reads what is published.
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            separate.executeWithoutResult(status -> chain.append(reads));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                separate.executeWithoutResult(status -> chain.append(reads));
            }
        });
    }

    /**
     * The writes queued in this transaction, keyed by its entity manager holder (one per transaction,
     * so a transaction started inside another queues its own); the first registers their append.
     */
    @SuppressWarnings("unchecked")
    private List<AuditRow> writes() {
        Queue key = new Queue(TransactionSynchronizationManager.getResource(emf));
        List<AuditRow> queued = (List<AuditRow>) TransactionSynchronizationManager.getResource(key);
        if (queued == null) {
            List<AuditRow> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    em.flush(); // the state hashes read what this transaction will commit
                    chain.append(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }

                @Override
                public int getOrder() {
                    return Ordered.LOWEST_PRECEDENCE; // after other work that writes before the commit
                }
            });
            queued = fresh;
        }
        return queued;
    }

    private record Queue(Object transaction) {}

    private AuditRow entry(String action, String recordType, Object recordId, List<AuditEntry.Change> changes, boolean read) {
        try {
            return new AuditRow(UUID.randomUUID(), null, null, null, clock.instant().truncatedTo(ChronoUnit.MICROS), Clearance.actor(),
                    action, recordType, String.valueOf(recordId), json.writeValueAsString(changes), null, read);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit entry", e);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int discardUncommitted(String recordType, java.util.Collection<String> recordIds) {
        return chain.discard(recordType, recordIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String recordType, Object recordId) {
        return events.findByRecordTypeAndRecordIdAndReadOrderBySeqDesc(recordType, String.valueOf(recordId), false).stream()
                .map(this::entry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> views(String recordType, Object recordId) {
        return events.findByRecordTypeAndRecordIdAndReadOrderBySeqDesc(recordType, String.valueOf(recordId), true).stream()
                .map(this::entry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return events.findByReadOrderBySeqDesc(false, PageRequest.of(0, limit)).stream().map(this::entry).toList();
    }

    private AuditEntry entry(AuditEvent e) {
        try {
            return new AuditEntry(e.id, e.at, e.actor, e.action, e.recordType, e.recordId, json.readValue(e.changes, CHANGES));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("unreadable audit entry " + e.id, ex);
        }
    }

    private JsonNode tree(Object value) {
        return value == null ? NullNode.getInstance() : json.valueToTree(value);
    }

    private static List<AuditEntry.Change> diff(JsonNode before, JsonNode after) {
        List<AuditEntry.Change> changes = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (Iterator<String> it = fields.iterator(); it.hasNext(); ) {
            String field = it.next();
            if ("version".equals(field)) {
                continue;
            }
            JsonNode was = before.path(field);
            JsonNode now = after.path(field);
            if (!was.equals(now)) {
                changes.add(new AuditEntry.Change(field, text(was), text(now)));
            }
        }
        return changes;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }
}

package org.defensor.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.shared.Clearance;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores each write as the list of top-level fields whose JSON value changed. */
@Service
class JpaAuditTrail implements AuditTrail {

    private static final TypeReference<List<AuditEntry.Change>> CHANGES = new TypeReference<>() {};

    private final AuditEventRepository events;
    private final ObjectMapper json;
    private final Clock clock;

    JpaAuditTrail(AuditEventRepository events, ObjectMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    // Joins the caller's transaction: the audit entry is written if and only if the change is.
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String recordType, Object recordId, Object before, Object after) {
        List<AuditEntry.Change> changes = diff(tree(before), tree(after));
        try {
            events.save(new AuditEvent(UUID.randomUUID(), clock.instant(), Clearance.actor(), action, recordType,
                    String.valueOf(recordId), json.writeValueAsString(changes)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit entry", e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String recordType, Object recordId) {
        return events.findByRecordTypeAndRecordIdOrderByAtDesc(recordType, String.valueOf(recordId)).stream()
                .map(this::entry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return events.findAllByOrderByAtDesc(PageRequest.of(0, limit)).stream().map(this::entry).toList();
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

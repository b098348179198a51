package org.defensor.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.defensor.audit.AuditChainVerifier;
import org.defensor.audit.AuditHead;
import org.defensor.audit.AuditKey;
import org.defensor.audit.AuditVerdict;
import org.defensor.audit.RecordStates;
import org.defensor.encryption.ColumnSeal;
import org.defensor.encryption.EncryptionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain: appends entries under the locked head row, chains rows written before it existed,
 * and verifies the chain and every tracked record's state against its last audited write.
 */
@Component
class AuditChain implements AuditChainVerifier, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    static final String BASELINE = "baseline";

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final ObjectProvider<RecordStates> states;
    private final TransactionTemplate transactions;
    private final ColumnSeal seal;

    AuditChain(JdbcTemplate jdbc, AuditKey key, ObjectProvider<RecordStates> states, PlatformTransactionManager transactions,
               ColumnSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.key = key;
        this.states = states;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Appends entries in the caller's transaction, after its writes are flushed: each write to a
     * tracked record carries the hash of the record's rows as they will be committed.
     */
    void append(List<AuditRow> entries) {
        if (entries.isEmpty()) {
            return;
        }
        AuditHead head = lockHead();
        List<AuditRow> stated = withStates(entries);
        List<AuditRow> chained = new ArrayList<>(stated.size());
        long seq = head.seq();
        String prev = head.hash();
        for (AuditRow entry : stated) {
            AuditRow placed = entry.chained(++seq, prev, key.secret());
            chained.add(placed);
            prev = placed.hash();
        }
        jdbc.batchUpdate("insert into audit_event (" + AuditRow.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                chained, 500, (ps, r) -> {
                    ps.setObject(1, r.id());
                    ps.setLong(2, r.seq());
                    ps.setString(3, r.prevHash());
                    ps.setString(4, r.hash());
                    ps.setObject(5, r.at().atOffset(ZoneOffset.UTC));
                    ps.setString(6, r.actor());
                    ps.setString(7, r.action());
                    ps.setString(8, r.recordType());
                    ps.setString(9, r.recordId());
                    // The chain's HMAC is over the text; the column holds it sealed (ADR 012).
                    ps.setString(10, seal.seal(r.changes()));
                    ps.setString(11, r.stateHash());
                    ps.setBoolean(12, r.read());
                });
        jdbc.update("update audit_head set seq = ?, hash = ? where id = 1", seq, prev);
    }

    /** Deletes the entries of these records and chains every later entry again after the last one kept. */
    int discard(String recordType, java.util.Collection<String> recordIds) {
        lockHead();
        List<String> ids = List.copyOf(recordIds);
        int removed = 0;
        Long from = null;
        for (int start = 0; start < ids.size(); start += 500) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(recordType), chunk.stream()).toArray();
            Long first = jdbc.queryForObject("select min(seq) from audit_event where record_type = ? and record_id in (" + marks + ")",
                    Long.class, args);
            if (first != null && (from == null || first < from)) {
                from = first;
            }
            removed += jdbc.update("delete from audit_event where record_type = ? and record_id in (" + marks + ")", args);
        }
        // Also when none was found: a kill can leave the head row of a transaction that never committed.
        rechainFrom(from == null ? Long.MAX_VALUE : from);
        return removed;
    }

    private void rechainFrom(long from) {
        AuditHead previous = jdbc.query("select seq, hash from audit_event where seq < ? order by seq desc fetch first 1 rows only",
                rs -> rs.next() ? new AuditHead(rs.getLong(1), rs.getString(2)) : new AuditHead(0, ""), from);
        chainAfter(previous, jdbc.query("select " + AuditRow.COLUMNS + " from audit_event where seq >= ? order by seq",
                (rs, n) -> AuditRow.from(rs, seal::open), from));
    }

    /** Places stored rows in the chain after {@code previous}, in their order, and moves the head to the last. */
    private void chainAfter(AuditHead previous, List<AuditRow> rows) {
        long seq = previous.seq();
        String prev = previous.hash();
        for (AuditRow row : rows) {
            AuditRow placed = row.chained(++seq, prev, key.secret());
            jdbc.update("update audit_event set seq = ?, prev_hash = ?, hash = ? where id = ?", placed.seq(), placed.prevHash(),
                    placed.hash(), placed.id());
            prev = placed.hash();
        }
        jdbc.update("update audit_head set seq = ?, hash = ? where id = 1", seq, prev);
    }

    private AuditHead lockHead() {
        return jdbc.queryForObject("select seq, hash from audit_head where id = 1 for update",
                (rs, n) -> new AuditHead(rs.getLong(1), rs.getString(2)));
    }

    private List<AuditRow> withStates(List<AuditRow> entries) {
        Map<String, RecordStates> tracked = tracked();
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (AuditRow e : entries) {
            if (!e.read() && tracked.containsKey(e.recordType())) {
                idsByType.computeIfAbsent(e.recordType(), t -> new ArrayList<>()).add(e.recordId());
            }
        }
        Map<String, Map<String, String>> hashes = new HashMap<>();
        idsByType.forEach((type, ids) -> hashes.put(type, StateHashes.of(jdbc, seal, tracked.get(type), ids)));
        return entries.stream().map(e -> e.read() || !hashes.containsKey(e.recordType()) ? e
                : new AuditRow(e.id(), null, null, null, e.at(), e.actor(), e.action(), e.recordType(), e.recordId(),
                        e.changes(), hashes.get(e.recordType()).get(e.recordId()), false)).toList();
    }

    private Map<String, RecordStates> tracked() {
        Map<String, RecordStates> tracked = new LinkedHashMap<>();
        states.orderedStream().forEach(s -> tracked.put(s.recordType(), s));
        return tracked;
    }

    /**
     * Chains entries written before the chain existed (or by a release without it), and at the chain's
     * start records a baseline of every tracked record's state, so records that came with a migration
     * or before the chain are checked too.
     */
    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> {
            AuditHead head = lockHead();
            List<AuditRow> loose = jdbc.query("select " + AuditRow.COLUMNS + " from audit_event where seq is null order by at, id",
                    (rs, n) -> AuditRow.from(rs, seal::open));
            chainAfter(head, loose);
            if (!loose.isEmpty()) {
                log.info("Audit chain: {} earlier entries chained", loose.size());
            }
            if (head.seq() == 0) {
                baseline();
            }
        });
    }

    private void baseline() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<AuditRow> baseline = new ArrayList<>();
        for (RecordStates s : tracked().values()) {
            for (Object id : jdbc.queryForList("select id from " + s.table() + " order by id", Object.class)) {
                baseline.add(new AuditRow(UUID.randomUUID(), null, null, null, now, "system", BASELINE, s.recordType(),
                        String.valueOf(id).toLowerCase(java.util.Locale.ROOT), "[]", null, false));
            }
        }
        append(baseline);
        if (!baseline.isEmpty()) {
            log.info("Audit chain started with a baseline of {} records", baseline.size());
        }
    }

    @Override
    public AuditHead head() {
        return jdbc.queryForObject("select seq, hash from audit_head where id = 1", (rs, n) -> new AuditHead(rs.getLong(1), rs.getString(2)));
    }

    @Override
    public AuditVerdict verify() {
        return verify(null);
    }

    /** Holds the head while it checks, so that no write lands between the chain and the states it compares. */
    @Override
    public AuditVerdict verify(AuditHead kept) {
        return transactions.execute(status -> new Verification(kept).run());
    }

    private final class Verification {
        private final AuditHead kept;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Map<String, AuditRow>> lastWrites = new HashMap<>();
        private final Map<String, RecordStates> tracked = tracked();
        private final byte[] secret = key.secret();
        private AuditRow previous;
        private long entries;

        Verification(AuditHead kept) {
            this.kept = kept;
        }

        /** A sealed value that does not open is kept as stored: its entry's hash then tells it was altered. */
        private String open(String stored) {
            try {
                return seal.open(stored);
            } catch (EncryptionException altered) {
                return stored;
            }
        }

        AuditVerdict run() {
            AuditHead head = lockHead();
            jdbc.query("select " + AuditRow.COLUMNS + " from audit_event where seq is null order by at, id",
                    rs -> { problems.add(AuditRow.from(rs, this::open).describe() + " was inserted outside the chain"); });
            jdbc.query("select " + AuditRow.COLUMNS + " from audit_event where seq is not null order by seq", rs -> {
                check(AuditRow.from(rs, this::open));
            });
            long last = previous == null ? 0 : previous.seq();
            if (last < head.seq()) {
                problems.add("entries " + (last + 1) + " to " + head.seq() + " were deleted from the end of the chain (its head says " + head.seq() + ")");
            } else if (last > head.seq() || previous != null && !previous.hash().equals(head.hash())) {
                problems.add("the chain's head (" + head + ") does not match its last entry " + last + ": entries were inserted or the head rewritten");
            }
            if (kept != null) {
                checkKept(last);
            }
            tracked.values().forEach(this::checkStates);
            String summary = problems.isEmpty()
                    ? "intact: " + entries + " entries, head " + head
                    : "TAMPERED: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + entries + " entries";
            return new AuditVerdict(problems, summary);
        }

        private void check(AuditRow row) {
            entries++;
            long expected = previous == null ? 1 : previous.seq() + 1;
            if (row.seq() > expected) {
                problems.add("entries " + expected + " to " + (row.seq() - 1) + " were deleted (the chain goes on at " + row.describe() + ")");
            } else if (!java.util.Objects.equals(row.prevHash(), previous == null ? "" : previous.hash())) {
                problems.add(row.describe() + " does not follow the entry before it: entries were inserted or replaced");
            }
            if (!AuditHashing.hmac(secret, row).equals(row.hash())) {
                problems.add(row.describe() + " was altered: its hash no longer matches what it says");
            }
            if (!row.read() && tracked.containsKey(row.recordType())) {
                lastWrites.computeIfAbsent(row.recordType(), t -> new HashMap<>()).put(row.recordId(), row);
            }
            previous = row;
        }

        private void checkKept(long last) {
            if (last < kept.seq()) {
                problems.add("the chain ends at entry " + last + " but the head kept elsewhere is entry " + kept.seq()
                        + ": entries were cut from the end");
                return;
            }
            String hash = jdbc.query("select hash from audit_event where seq = ?", rs -> rs.next() ? rs.getString(1) : null, kept.seq());
            if (!kept.hash().equals(hash)) {
                problems.add("entry " + kept.seq() + " is not the one the head kept elsewhere names: the chain was rewritten");
            }
        }

        private void checkStates(RecordStates s) {
            Map<String, String> stored = StateHashes.all(jdbc, seal, s);
            Map<String, AuditRow> writes = lastWrites.getOrDefault(s.recordType(), Map.of());
            stored.forEach((id, hash) -> {
                AuditRow last = writes.get(id);
                if (last == null) {
                    problems.add(s.recordType() + " " + id + " is stored but no audited write made it");
                } else if ("delete".equals(last.action())) {
                    problems.add(s.recordType() + " " + id + " was deleted (" + last.describe() + ") but is stored again");
                } else if (!hash.equals(last.stateHash())) {
                    problems.add(s.recordType() + " " + id + " was changed in the database after its last audited write (" + last.describe() + ")");
                }
            });
            writes.forEach((id, last) -> {
                if (!stored.containsKey(id) && !"delete".equals(last.action())) {
                    problems.add(s.recordType() + " " + id + " was removed from the database without an audited deletion (last: " + last.describe() + ")");
                }
            });
        }
    }
}

package org.defensor.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** One entry of the chain as stored; {@code seq} is null for a row written outside the chain. */
record AuditRow(UUID id, Long seq, String prevHash, String hash, Instant at, String actor, String action,
                String recordType, String recordId, String changes, String stateHash, boolean read) {

    static final String COLUMNS = "id, seq, prev_hash, hash, at, actor, action, record_type, record_id, changes, state_hash, is_read";

    /** A stored row; {@code open} gives the text of the sealed {@code changes} column. */
    static AuditRow from(java.sql.ResultSet rs, java.util.function.UnaryOperator<String> open) throws java.sql.SQLException {
        long seq = rs.getLong("seq");
        return new AuditRow(rs.getObject("id", UUID.class), rs.wasNull() ? null : seq, rs.getString("prev_hash"),
                rs.getString("hash"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"), open.apply(rs.getString("changes")),
                rs.getString("state_hash"), rs.getBoolean("is_read"));
    }

    /** The same entry placed in the chain after {@code prev}, with its HMAC. */
    AuditRow chained(long seq, String prevHash, byte[] key) {
        AuditRow placed = new AuditRow(id, seq, prevHash, null, at, actor, action, recordType, recordId, changes, stateHash, read);
        return placed.withHash(AuditHashing.hmac(key, placed));
    }

    private AuditRow withHash(String hash) {
        return new AuditRow(id, seq, prevHash, hash, at, actor, action, recordType, recordId, changes, stateHash, read);
    }

    /** How the verifier names an entry in a problem, without its content (which may name people). */
    String describe() {
        return (seq == null ? "entry" : "entry " + seq) + " (" + action + " " + recordType + " " + recordId + " by " + actor + " at " + at + ")";
    }
}

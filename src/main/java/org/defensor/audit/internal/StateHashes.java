package org.defensor.audit.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.defensor.audit.RecordStates;
import org.defensor.encryption.ColumnSeal;
import org.defensor.encryption.EncryptionException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A record's state as a SHA-256 over its stored rows: every column of every row its {@link
 * RecordStates} names, in a canonical text that does not depend on the database or the order rows
 * come back in. Any change to a stored value, made by the application or behind its back, changes it.
 * Sealed values are hashed opened (ADR 012): sealing a row later, or sealing it again under another
 * key, keeps its hash; a sealed value that does not open is hashed as stored, so it reads as changed.
 */
final class StateHashes {

    private static final int CHUNK = 500;

    private StateHashes() {}

    /** The state hashes of the given records (an absent record has the hash of no rows). */
    static Map<String, String> of(JdbcTemplate jdbc, ColumnSeal seal, RecordStates states, Collection<String> ids) {
        Map<String, List<List<String>>> rows = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            Object[] args = chunk.stream().map(StateHashes::key).toArray();
            collect(jdbc, seal, states, marks, args, rows);
        }
        Map<String, String> hashes = new HashMap<>();
        for (String id : ids) {
            hashes.put(id, digest(rows.get(id), states.parts().size()));
        }
        return hashes;
    }

    /** The state hash of every record stored in the table. */
    static Map<String, String> all(JdbcTemplate jdbc, ColumnSeal seal, RecordStates states) {
        Map<String, List<List<String>>> rows = new HashMap<>();
        collect(jdbc, seal, states, "select id from " + states.table(), new Object[0], rows);
        Map<String, String> hashes = new HashMap<>();
        rows.forEach((id, parts) -> hashes.put(id, digest(parts, states.parts().size())));
        return hashes;
    }

    private static Object key(String id) {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            return id;
        }
    }

    private static void collect(JdbcTemplate jdbc, ColumnSeal seal, RecordStates states, String ids, Object[] args,
                                Map<String, List<List<String>>> rows) {
        for (int part = 0; part < states.parts().size(); part++) {
            int index = part;
            jdbc.query(states.parts().get(part).formatted(ids), rs -> {
                String owner = String.valueOf(rs.getObject(1)).toLowerCase(java.util.Locale.ROOT);
                rows.computeIfAbsent(owner, o -> emptyParts(states.parts().size())).get(index).add(row(rs, seal));
            }, args);
        }
    }

    private static List<List<String>> emptyParts(int n) {
        List<List<String>> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
        }
        return parts;
    }

    private static String row(ResultSet rs, ColumnSeal seal) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder text = new StringBuilder();
        for (int column = 2; column <= meta.getColumnCount(); column++) {
            String value = opened(seal, canonical(rs, column));
            text.append(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT)).append('=')
                    .append(value == null ? "-" : value.length() + ":" + value).append(';');
        }
        return text.toString();
    }

    private static String opened(ColumnSeal seal, String value) {
        try {
            return seal.open(value);
        } catch (EncryptionException altered) {
            return value;
        }
    }

    /** One text per value whichever database holds it: instants in microseconds, numbers without trailing zeros. */
    private static String canonical(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (value instanceof java.sql.Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        if (value instanceof java.sql.Array a) {
            return java.util.Arrays.deepToString((Object[]) a.getArray());
        }
        return value.toString();
    }

    private static String digest(List<List<String>> parts, int count) {
        MessageDigest sha = AuditHashing.sha256();
        for (int part = 0; part < count; part++) {
            List<String> rows = parts == null ? new ArrayList<>() : new ArrayList<>(parts.get(part));
            Collections.sort(rows);
            sha.update(("part " + part + " rows " + rows.size() + "\n").getBytes(StandardCharsets.UTF_8));
            for (String row : rows) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}

package org.defensor.dataset.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.defensor.audit.AuditTrail;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Undoes, in SQL, what an import that did not commit may have left (H2's MVStore can keep part of an
 * uncommitted transaction after a kill: h2database issue #2080): the records its journal lists that
 * exist, every row that is part of them (found through the database's own {@code on delete cascade}
 * foreign keys, deleted explicitly so that a part whose record was not kept goes too), their ids in the
 * registry and (through the audit trail, which chains the entries after them again) their audit entries, in
 * one transaction. Deleting what is absent does nothing, so running
 * it again after a kill during the rollback finishes it. Also forces a durable checkpoint on H2.
 * Raw SQL: it reads nothing out, and must reach rows that no entity maps any more.
 */
@Component
class JdbcImportRollback {

    /** The tables of the records an import creates; each record's audit entries and registry row use the same name. */
    static final Set<String> RECORD_TABLES = Set.of("source", "organisation", "person", "incident", "communication", "reply");
    /** The parts of incidents whose ids the dataset gives. */
    static final Set<String> PART_TABLES = Set.of("act", "proceeding", "decision");

    private final EntityManager em;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    JdbcImportRollback(EntityManager em, PlatformTransactionManager transactions, AuditTrail audit) {
        this.em = em;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /** A foreign key {@code child.column -> parent.parentColumn} with {@code on delete cascade}. */
    private record Part(String child, String column, String parentColumn) {}

    /**
     * Deletes what the journal lists that exists, in one transaction, and records the rollback in the audit
     * trail (counts only).
     *
     * @return how many of the listed records (not counting their parts) were there
     */
    int rollBack(ImportJournal.Contents journal) {
        Integer removed = transaction.execute(tx -> {
            Map<String, List<Part>> parts = cascades();
            // Parts of incidents first (decisions, proceedings, acts), then the records in the reverse of the order
            // they were written: each refers only to those written before it.
            List<ImportJournal.Entry> listedParts = new ArrayList<>(journal.parts() == null ? List.of() : journal.parts());
            java.util.Collections.reverse(listedParts);
            for (ImportJournal.Entry part : listedParts) {
                delete(parts, table(part.kind(), PART_TABLES), "id", part.id(), 0);
            }
            List<ImportJournal.Entry> records = new ArrayList<>(journal.records());
            java.util.Collections.reverse(records);
            int n = 0;
            Map<String, List<String>> auditedIds = new java.util.TreeMap<>();
            for (ImportJournal.Entry record : records) {
                String table = table(record.kind(), RECORD_TABLES);
                n += delete(parts, table, "id", record.id(), 0);
                sql("delete from record_id where id = ?1").setParameter(1, record.id()).executeUpdate();
                auditedIds.computeIfAbsent(table, t -> new ArrayList<>()).add(record.id().toString());
            }
            // The audit chain takes out the entries the import may have left and chains the later ones again.
            int entries = 0;
            for (Map.Entry<String, List<String>> kind : auditedIds.entrySet()) {
                entries += audit.discardUncommitted(kind.getKey(), kind.getValue());
            }
            audit.record("roll back", "import", journal.importId(), null,
                    Map.of("listed", journal.records().size(), "found", n, "auditEntriesRemoved", entries));
            return n;
        });
        checkpoint();
        return removed == null ? 0 : removed;
    }

    /** On H2: writes every committed change to the file and forces it to disk. PostgreSQL commits durably already. */
    void checkpoint() {
        if (isH2()) {
            transaction.executeWithoutResult(tx -> sql("checkpoint sync").executeUpdate());
        }
    }

    private boolean isH2() {
        return Boolean.TRUE.equals(transaction.execute(tx -> em.unwrap(Session.class).doReturningWork(
                c -> c.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2"))));
    }

    /** Deletes the rows of {@code table} whose {@code column} is {@code value}, and first every row that is part of them. */
    private int delete(Map<String, List<Part>> parts, String table, String column, Object value, int depth) {
        if (depth > 8) {
            throw new IllegalStateException("parts nested deeper than expected under " + table);
        }
        for (Part part : parts.getOrDefault(table, List.of())) {
            if (part.parentColumn().equals(column)) {
                delete(parts, part.child(), part.column(), value, depth + 1);
            } else {
                @SuppressWarnings("unchecked")
                List<Object> keys = sql("select " + part.parentColumn() + " from " + table + " where " + column + " = ?1")
                        .setParameter(1, value).getResultList();
                for (Object key : keys) {
                    delete(parts, part.child(), part.column(), key, depth + 1);
                }
            }
        }
        return sql("delete from " + table + " where " + column + " = ?1").setParameter(1, value).executeUpdate();
    }

    /** Every {@code on delete cascade} foreign key of the schema, by the table it points to (names in lower case). */
    private Map<String, List<Part>> cascades() {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<String, List<Part>> byParent = new HashMap<>();
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                    while (rs.next()) {
                        if (rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade) {
                            byParent.computeIfAbsent(lower(rs.getString("PKTABLE_NAME")), k -> new ArrayList<>())
                                    .add(new Part(lower(table), lower(rs.getString("FKCOLUMN_NAME")),
                                            lower(rs.getString("PKCOLUMN_NAME"))));
                        }
                    }
                }
            }
            return byParent;
        });
    }

    private static String lower(String name) throws SQLException {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SQLException("unexpected table or column name in the schema: " + name);
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** Only the known names go into SQL: a journal is a file, and its contents are not trusted as SQL. */
    private static String table(String kind, Set<String> known) {
        if (!known.contains(kind)) {
            throw new IllegalArgumentException("the journal lists a record of unknown kind: " + kind);
        }
        return kind;
    }

    private Query sql(String sql) {
        return em.createNativeQuery(sql);
    }
}

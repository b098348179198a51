package org.defensor.audit;

import java.util.List;

/**
 * Where a kind of record is stored, so that the audit trail can hash its state after each write and
 * the verifier can tell a record changed behind its back. Modules that own records declare one bean
 * each; the audit module reads the rows, so it depends on no module that depends on it.
 *
 * @param recordType the record type the audit entries name
 * @param table the table holding one row per record, keyed by {@code id}
 * @param parts queries for the rows that make up a record, each selecting the owning record's id
 *     first and then the row, with {@code %s} where the list of ids goes, e.g.
 *     {@code select a.incident_id, v.* from act_victim v join act a on a.id = v.act_id where a.incident_id in (%s)}
 */
public record RecordStates(String recordType, String table, List<String> parts) {

    public RecordStates {
        parts = List.copyOf(parts);
    }

    /** A record stored in its table and the tables that refer to it by {@code column}. */
    public static RecordStates of(String recordType, String table, String column, List<String> childTables) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add("select t.id, t.* from " + table + " t where t.id in (%s)");
        for (String child : childTables) {
            parts.add("select c." + column + ", c.* from " + child + " c where c." + column + " in (%s)");
        }
        return new RecordStates(recordType, table, parts);
    }

    /** Adds rows reached through a child table: {@code grandchild.via} refers to {@code child.id}. */
    public RecordStates through(String child, String column, String grandchild, String via) {
        List<String> more = new java.util.ArrayList<>(parts);
        more.add("select p." + column + ", g.* from " + grandchild + " g join " + child + " p on p.id = g." + via
                + " where p." + column + " in (%s)");
        return new RecordStates(recordType, table, more);
    }
}

package org.defensor.backup.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.defensor.backup.BackupException;

/**
 * The application's tables as the database describes them (JDBC metadata), so that a table a new
 * migration adds is carried without code: every table of the current schema except Flyway's own,
 * with its columns, primary key and foreign keys, in an order where each table comes after the
 * tables it refers to (ties by name). Names are in lower case, as a backup writes them; each keeps
 * the database's own spelling for SQL.
 */
final class Schema {

    /** One column; {@code references} is the (lower-case) table a foreign key of it points to, or null. */
    record Column(String name, String sqlName, ColumnKind kind, int sqlType, boolean nullable, boolean autoIncrement,
                  String references) {}

    /** One table, its columns in their declared order and its primary key. */
    record Table(String name, String sqlName, List<Column> columns, List<String> key) {

        Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }

        boolean hasAutoIncrement() {
            return columns.stream().anyMatch(Column::autoIncrement);
        }
    }

    private final Map<String, Table> tables;
    private final String quote;
    private final boolean postgres;

    private Schema(Map<String, Table> tables, String quote, boolean postgres) {
        this.tables = tables;
        this.quote = quote;
        this.postgres = postgres;
    }

    static Schema read(Connection connection, String excludedTable) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String name = rs.getString("TABLE_NAME");
                if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && !name.equalsIgnoreCase(excludedTable)) {
                    names.add(name);
                }
            }
        }
        Map<String, Table> unordered = new TreeMap<>();
        Map<String, Set<String>> dependsOn = new TreeMap<>();
        for (String sqlName : names) {
            String name = lower(sqlName);
            Map<String, String> references = new LinkedHashMap<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, sqlName)) {
                while (rs.next()) {
                    references.put(lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKTABLE_NAME")));
                }
            }
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(catalog, schema, sqlName, "%")) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME");
                    int sqlType = rs.getInt("DATA_TYPE");
                    String typeName = rs.getString("TYPE_NAME");
                    ColumnKind kind = ColumnKind.of(sqlType, typeName);
                    if (kind == null) {
                        throw new IllegalStateException("column " + name + "." + lower(column) + " has type " + typeName
                                + ", which backups do not know how to carry: add it to ColumnKind");
                    }
                    columns.add(new Column(lower(column), column, kind, sqlType, rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            "YES".equals(rs.getString("IS_AUTOINCREMENT")), references.get(lower(column))));
                }
            }
            TreeMap<Short, String> key = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, sqlName)) {
                while (rs.next()) {
                    key.put(rs.getShort("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
                }
            }
            // Without a primary key, rows are ordered by all their columns: equal rows are interchangeable.
            List<String> order = key.isEmpty() ? columns.stream().map(Column::name).toList() : List.copyOf(key.values());
            unordered.put(name, new Table(name, sqlName, List.copyOf(columns), order));
            Set<String> parents = new TreeSet<>(references.values());
            parents.remove(name);
            dependsOn.put(name, parents);
        }
        return new Schema(topological(unordered, dependsOn), meta.getIdentifierQuoteString().strip(),
                meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
    }

    /** Parents first, ties by name; a cycle is broken at the first table by name (its references are deferred). */
    private static Map<String, Table> topological(Map<String, Table> tables, Map<String, Set<String>> dependsOn) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        Set<String> remaining = new TreeSet<>(tables.keySet());
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(t -> dependsOn.get(t).stream().noneMatch(p -> remaining.contains(p) && tables.containsKey(p)))
                    .findFirst().orElse(remaining.iterator().next());
            ordered.put(next, tables.get(next));
            remaining.remove(next);
        }
        return ordered;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Every table, parents before the tables that refer to them. */
    List<Table> tables() {
        return List.copyOf(tables.values());
    }

    Table table(String name) {
        return tables.get(name);
    }

    String quoted(String sqlName) {
        return quote.isEmpty() ? sqlName : quote + sqlName.replace(quote, quote + quote) + quote;
    }

    /** SQL that reads every row of {@code table} in primary key order (text keys in code point order on both databases). */
    String selectAll(Table table) {
        StringBuilder sql = new StringBuilder("select ");
        sql.append(String.join(", ", table.columns().stream().map(c -> quoted(c.sqlName())).toList()));
        sql.append(" from ").append(quoted(table.sqlName())).append(" order by ");
        sql.append(String.join(", ", table.key().stream().map(k -> {
            Column column = table.column(k);
            return quoted(column.sqlName()) + (postgres && column.kind() == ColumnKind.TEXT ? " collate \"C\"" : "");
        }).toList()));
        return sql.toString();
    }

    /** The columns of {@code table} that refer to a table not before it in {@code order}: set after every row is in. */
    static Set<String> deferred(Table table, List<String> order) {
        Set<String> deferred = new HashSet<>();
        int position = order.indexOf(table.name());
        for (Column column : table.columns()) {
            if (column.references() != null && order.indexOf(column.references()) >= position) {
                if (!column.nullable()) {
                    throw new BackupException("table " + table.name() + " refers to " + column.references()
                            + " through the non-null column " + column.name() + ", which cannot be restored in this order");
                }
                deferred.add(column.name());
            }
        }
        return deferred;
    }

    /** SQL that sets the next value of an identity column after rows were restored with explicit values. */
    String restartIdentity(Table table, Column column, long next) {
        return postgres
                ? "select setval(pg_get_serial_sequence('" + table.sqlName() + "', '" + column.sqlName() + "'), " + next + ", false)"
                : "alter table " + quoted(table.sqlName()) + " alter column " + quoted(column.sqlName()) + " restart with " + next;
    }
}

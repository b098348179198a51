package org.defensor.backup.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.sql.DataSource;
import org.defensor.audit.AuditChainVerifier;
import org.defensor.audit.AuditKey;
import org.defensor.audit.AuditTrail;
import org.defensor.audit.AuditVerdict;
import org.defensor.backup.BackupException;
import org.defensor.backup.BackupSummary;
import org.defensor.backup.BackupSummary.TableRows;
import org.defensor.backup.Backups;
import org.defensor.backup.DatabaseNotEmptyException;
import org.defensor.backup.RestoreReport;
import org.defensor.encryption.ColumnKeys;
import org.defensor.encryption.ColumnKeyset;
import org.defensor.encryption.EncryptionException;
import org.defensor.search.SearchIndex;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups through JDBC metadata, so that they carry every table a migration creates. The payload
 * (deflated, then encrypted by {@link BackupCipher}) is one JSON document, canonical for the data it
 * holds: tables in dependency order, each with its column names and its rows in primary key order,
 * each value encoded by {@link ColumnKind}; then the stored files in path order. Two backups of the
 * same data have the same payload, byte for byte.
 */
@Service
class JdbcBackups implements Backups {

    private static final String FORMAT = "defensor-backup";
    private static final int VERSION = 2; // 2: the header carries the audit chain's key
    private static final int BATCH = 500;
    /**
     * The column every kind of record has: a database with a row in a table that has it holds records,
     * and is replaced only when asked. Accounts, templates and mandates alone are what a first start makes.
     */
    private static final String RECORD_COLUMN = "confidentiality";

    private final DataSource dataSource;
    private final PlatformTransactionManager transactions;
    private final Flyway flyway;
    private final SearchIndex index;
    private final AuditChainVerifier verifier;
    private final AuditKey auditKey;
    private final StoredFiles files;
    private final AuditTrail audit;
    private final ColumnKeys columnKeys;
    private final JsonFactory json = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    JdbcBackups(DataSource dataSource, PlatformTransactionManager transactions, Flyway flyway, SearchIndex index,
                AuditChainVerifier verifier, AuditKey auditKey, AuditTrail audit, ColumnKeys columnKeys,
                @Value("${defensor.data-dir}") Path dataDir) {
        this.audit = audit;
        this.columnKeys = columnKeys;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.flyway = flyway;
        this.index = index;
        this.verifier = verifier;
        this.auditKey = auditKey;
        this.files = new StoredFiles(dataDir);
    }

    private String schemaVersion() {
        return flyway.info().current().getVersion().getVersion();
    }

    @Override
    public BackupSummary backup(OutputStream file, char[] passphrase) {
        Backups.checkNewPassphrase(passphrase);
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot.execute(status -> {
            try {
                OutputStream encrypted = BackupCipher.encrypting(file, passphrase);
                DeflaterOutputStream deflated = new DeflaterOutputStream(encrypted);
                MessageDigest sha256 = sha256();
                BackupSummary summary;
                try (JsonGenerator out = json.createGenerator(new DigestOutputStream(deflated, sha256))) {
                    summary = write(DataSourceUtils.getConnection(dataSource), out);
                }
                deflated.finish();
                encrypted.close();
                return new BackupSummary(summary.schemaVersion(), summary.tables(), summary.files(),
                        HexFormat.of().formatHex(sha256.digest()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the backup: " + e.getMessage(), e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database for the backup: " + e.getMessage(), e);
            }
        });
    }

    private BackupSummary write(Connection connection, JsonGenerator out) throws SQLException, IOException {
        Schema schema = Schema.read(connection, flyway.getConfiguration().getTable());
        out.writeStartObject();
        out.writeStringField("format", FORMAT);
        out.writeNumberField("version", VERSION);
        out.writeStringField("schemaVersion", schemaVersion());
        // The chain verifies only with its key; the backup is encrypted, so the key travels safely with it.
        out.writeStringField("auditKey", Base64.getEncoder().encodeToString(auditKey.secret()));
        out.writeArrayFieldStart("tables");
        List<TableRows> counts = new ArrayList<>();
        for (Schema.Table table : schema.tables()) {
            out.writeStartObject();
            out.writeStringField("name", table.name());
            out.writeArrayFieldStart("columns");
            for (Schema.Column column : table.columns()) {
                out.writeString(column.name());
            }
            out.writeEndArray();
            out.writeArrayFieldStart("rows");
            long rows = 0;
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1000);
                try (ResultSet rs = statement.executeQuery(schema.selectAll(table))) {
                    while (rs.next()) {
                        out.writeStartArray();
                        for (int i = 0; i < table.columns().size(); i++) {
                            table.columns().get(i).kind().write(rs, i + 1, out);
                        }
                        out.writeEndArray();
                        rows++;
                    }
                }
            }
            out.writeEndArray();
            out.writeEndObject();
            counts.add(new TableRows(table.name(), rows));
        }
        out.writeEndArray();
        int stored = files.write(out);
        out.writeEndObject();
        return new BackupSummary(schemaVersion(), counts, stored, "");
    }

    @Override
    public RestoreReport restore(InputStream file, char[] passphrase, boolean replace) {
        InputStream decrypted;
        try {
            decrypted = BackupCipher.decrypting(file, passphrase);
        } catch (IOException e) {
            throw new BackupException("cannot read the backup file: " + e.getMessage(), e);
        }
        MessageDigest sha256 = sha256();
        InputStream payload = new DigestInputStream(new InflaterInputStream(decrypted), sha256);
        StoredFiles.Staging staging = files.staging();
        byte[][] auditKeyOfBackup = new byte[1][];
        ColumnKeyset[] columnKeysOfBackup = new ColumnKeyset[1];
        BackupSummary restored;
        try (JsonParser in = json.createParser(payload)) {
            Header header = readHeader(in);
            if (!auditKey.replaceable(header.auditKey())) {
                throw new BackupException("the backup's audit chain was written with another audit key than DEFENSOR_AUDIT_KEY:"
                        + " unset DEFENSOR_AUDIT_KEY to take the backup's key, or set it to the key the backup was made with; nothing was restored");
            }
            auditKeyOfBackup[0] = header.auditKey();
            restored = new TransactionTemplate(transactions).execute(status -> {
                try {
                    Connection connection = DataSourceUtils.getConnection(dataSource);
                    BackupSummary summary = load(connection, in, header.schemaVersion(), replace, staging);
                    // Reading to the end authenticates the last segment: a file cut short is refused before commit.
                    payload.transferTo(OutputStream.nullOutputStream());
                    decrypted.transferTo(OutputStream.nullOutputStream());
                    // The sealed columns are restored as they were: refused before commit if this master key cannot open their keys.
                    try {
                        columnKeysOfBackup[0] = columnKeys.restored(connection);
                    } catch (EncryptionException e) {
                        throw new BackupException(e.getMessage() + "; nothing was restored", e);
                    }
                    return summary;
                } catch (IOException e) {
                    throw unreadable(e);
                } catch (SQLException e) {
                    throw new BackupException("the database refused the backup's rows: " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            staging.discard();
            throw unreadable(e);
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
        staging.swapIn();
        auditKey.adopt(auditKeyOfBackup[0]);
        columnKeys.afterRestore(columnKeysOfBackup[0]);
        index.rebuild();
        AuditVerdict verdict = verifier.verify();
        return new RestoreReport(new BackupSummary(restored.schemaVersion(), restored.tables(), restored.files(),
                HexFormat.of().formatHex(sha256.digest())), verdict);
    }

    private static BackupException unreadable(IOException e) {
        if (e instanceof ZipException || e.getCause() instanceof java.security.GeneralSecurityException
                || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("tag")) {
            return new BackupException("the backup file was altered or is incomplete; nothing was restored", e);
        }
        return new BackupException("the backup file was altered or is incomplete (" + e.getMessage() + "); nothing was restored", e);
    }

    private record Header(String schemaVersion, byte[] auditKey) {}

    private Header readHeader(JsonParser in) throws IOException {
        expect(in, JsonToken.START_OBJECT);
        if (!FORMAT.equals(stringField(in, "format"))) {
            throw new BackupException("not a Defensor backup payload");
        }
        expectField(in, "version");
        in.nextToken();
        if (in.getIntValue() != VERSION) {
            throw new BackupException("backup payload version " + in.getIntValue() + " is not supported (this version reads " + VERSION + ")");
        }
        String version = stringField(in, "schemaVersion");
        if (!version.equals(schemaVersion())) {
            throw new BackupException("the backup is of database schema version " + version + ", this database is at version "
                    + schemaVersion() + ": restore it with the Defensor release that made it (same schema version), "
                    + "then upgrade; nothing was restored");
        }
        try {
            return new Header(version, Base64.getDecoder().decode(stringField(in, "auditKey")));
        } catch (IllegalArgumentException e) {
            throw new BackupException("the backup's audit key is not readable; nothing was restored");
        }
    }

    private BackupSummary load(Connection connection, JsonParser in, String version, boolean replace, StoredFiles.Staging staging)
            throws SQLException, IOException {
        Schema schema = Schema.read(connection, flyway.getConfiguration().getTable());
        if (!replace) {
            long records = records(connection, schema);
            if (records > 0) {
                throw new DatabaseNotEmptyException(records);
            }
        }
        clear(connection, schema);
        expectField(in, "tables");
        expect(in, JsonToken.START_ARRAY);
        List<String> order = new ArrayList<>();
        List<TableRows> counts = new ArrayList<>();
        List<Runnable> deferredUpdates = new ArrayList<>();
        while (in.nextToken() == JsonToken.START_OBJECT) {
            String name = stringField(in, "name");
            Schema.Table table = schema.table(name);
            if (table == null) {
                throw new BackupException("the backup has a table " + name + " that this database does not have");
            }
            order.add(name);
            counts.add(new TableRows(name, loadTable(connection, schema, table, in, order, deferredUpdates)));
            expect(in, JsonToken.END_OBJECT);
        }
        for (Runnable update : deferredUpdates) {
            update.run();
        }
        restartIdentities(connection, schema);
        expectField(in, "files");
        int stored = staging.read(in);
        expect(in, JsonToken.END_OBJECT);
        return new BackupSummary(version, counts, stored, "");
    }

    private long loadTable(Connection connection, Schema schema, Schema.Table table, JsonParser in, List<String> order,
                           List<Runnable> deferredUpdates) throws SQLException, IOException {
        expectField(in, "columns");
        expect(in, JsonToken.START_ARRAY);
        List<Schema.Column> columns = new ArrayList<>();
        while (in.nextToken() == JsonToken.VALUE_STRING) {
            Schema.Column column = table.column(in.getText());
            if (column == null) {
                throw new BackupException("the backup has a column " + table.name() + "." + in.getText() + " that this database does not have");
            }
            columns.add(column);
        }
        Set<String> deferred = Schema.deferred(table, order);
        String insert = "insert into " + schema.quoted(table.sqlName()) + " ("
                + String.join(", ", columns.stream().map(c -> schema.quoted(c.sqlName())).toList()) + ")"
                + (table.hasAutoIncrement() ? " overriding system value" : "")
                + " values (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        expectField(in, "rows");
        expect(in, JsonToken.START_ARRAY);
        long rows = 0;
        List<Object[]> later = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            while (in.nextToken() == JsonToken.START_ARRAY) {
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    in.nextToken();
                    Schema.Column column = columns.get(i);
                    values[i] = column.kind().readValue(in);
                    column.kind().bind(statement, i + 1, deferred.contains(column.name()) ? null : values[i], column.sqlType());
                }
                expect(in, JsonToken.END_ARRAY);
                if (deferred.stream().anyMatch(d -> values[columns.indexOf(table.column(d))] != null)) {
                    later.add(values);
                }
                statement.addBatch();
                if (++rows % BATCH == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
        if (!deferred.isEmpty()) {
            deferredUpdates.add(() -> setDeferred(connection, schema, table, columns, deferred, later));
        }
        return rows;
    }

    /** Sets the references that could not be set on insertion (to a row of the same table, or of a table restored later). */
    private static void setDeferred(Connection connection, Schema schema, Schema.Table table, List<Schema.Column> columns,
                                    Set<String> deferred, List<Object[]> rows) {
        List<Integer> set = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (deferred.contains(columns.get(i).name())) {
                set.add(i);
            }
            if (table.key().contains(columns.get(i).name())) {
                key.add(i);
            }
        }
        String update = "update " + schema.quoted(table.sqlName()) + " set "
                + String.join(", ", set.stream().map(i -> schema.quoted(columns.get(i).sqlName()) + " = ?").toList())
                + " where " + String.join(" and ", key.stream().map(i -> schema.quoted(columns.get(i).sqlName()) + " = ?").toList());
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Object[] row : rows) {
                int p = 1;
                for (int i : set) {
                    columns.get(i).kind().bind(statement, p++, row[i], columns.get(i).sqlType());
                }
                for (int i : key) {
                    columns.get(i).kind().bind(statement, p++, row[i], columns.get(i).sqlType());
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new BackupException("the database refused the backup's rows of " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /** Rows of records: of the tables with a confidentiality column (persons, incidents, communications...). */
    private static long records(Connection connection, Schema schema) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            for (Schema.Table table : schema.tables()) {
                if (table.column(RECORD_COLUMN) != null) {
                    try (ResultSet rs = statement.executeQuery("select count(*) from " + schema.quoted(table.sqlName()))) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
            }
        }
        return rows;
    }

    /** Empties every table: references that point forward or to the same table first, then children before parents. */
    private static void clear(Connection connection, Schema schema) throws SQLException {
        List<Schema.Table> tables = schema.tables();
        List<String> order = tables.stream().map(Schema.Table::name).toList();
        try (Statement statement = connection.createStatement()) {
            for (Schema.Table table : tables) {
                for (String column : Schema.deferred(table, order)) {
                    String sqlName = schema.quoted(table.column(column).sqlName());
                    statement.executeUpdate("update " + schema.quoted(table.sqlName()) + " set " + sqlName + " = null where "
                            + sqlName + " is not null");
                }
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                statement.executeUpdate("delete from " + schema.quoted(tables.get(i).sqlName()));
            }
        }
    }

    private static void restartIdentities(Connection connection, Schema schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Schema.Table table : schema.tables()) {
                for (Schema.Column column : table.columns()) {
                    if (!column.autoIncrement()) {
                        continue;
                    }
                    long next;
                    try (ResultSet rs = statement.executeQuery("select coalesce(max(" + schema.quoted(column.sqlName()) + "), 0) + 1 from "
                            + schema.quoted(table.sqlName()))) {
                        rs.next();
                        next = rs.getLong(1);
                    }
                    statement.execute(schema.restartIdentity(table, column, next));
                }
            }
        }
    }

    @Override
    public void audit(String action, BackupSummary summary) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> audit.record(action, "database", "all", null,
                new java.util.TreeMap<>(java.util.Map.of("schemaVersion", summary.schemaVersion(), "rows", summary.rows(),
                        "files", summary.files(), "payloadSha256", summary.payloadSha256()))));
    }

    static void expect(JsonParser in, JsonToken token) throws IOException {
        JsonToken actual = in.nextToken();
        if (actual != token) {
            throw new BackupException("the backup payload is malformed: expected " + token + " but found " + actual
                    + " at " + in.currentLocation().getByteOffset());
        }
    }

    static void expectField(JsonParser in, String name) throws IOException {
        expect(in, JsonToken.FIELD_NAME);
        if (!name.equals(in.currentName())) {
            throw new BackupException("the backup payload is malformed: expected " + name + " but found " + in.currentName());
        }
    }

    static String stringField(JsonParser in, String name) throws IOException {
        expectField(in, name);
        expect(in, JsonToken.VALUE_STRING);
        return in.getText();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

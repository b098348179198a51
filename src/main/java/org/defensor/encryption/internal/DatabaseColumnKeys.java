package org.defensor.encryption.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.defensor.encryption.ColumnKeys;
import org.defensor.encryption.ColumnKeyset;
import org.defensor.encryption.ColumnSeal;
import org.defensor.encryption.EncryptionException;
import org.defensor.encryption.MasterKey;
import org.defensor.encryption.MasterKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The column keys in the database's {@code column_keyset} row, wrapped by the master key, and the
 * application's {@link ColumnSeal}. {@code defensor.encryption.columns}: {@code on} seals, {@code off}
 * does not (sealed values are still opened), {@code auto} (the default) seals on PostgreSQL and not on H2,
 * whose file is encrypted as a whole (ADR 011). With sealing on, the first start makes the keys, and every
 * start seals the values still in plaintext (rows from before), in batches.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseColumnKeys implements ColumnKeys {

    private static final Logger log = LoggerFactory.getLogger(DatabaseColumnKeys.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Path dataDir;
    private final MasterKeys.Sources sources;
    private final ColumnSeal seal;
    private MasterKey master;

    DatabaseColumnKeys(JdbcTemplate jdbc, DataSource dataSource, Environment environment) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.dataDir = Path.of(environment.getProperty("defensor.data-dir", "./data"));
        String keyFile = environment.getProperty("defensor.key-file");
        this.sources = MasterKeys.Sources.of(keyFile == null || keyFile.isBlank() ? null : Path.of(keyFile));
        boolean sealing = sealing(environment.getProperty("defensor.encryption.columns", "auto"),
                environment.getProperty("spring.datasource.url", ""));
        String stored = stored();
        ColumnKeyset keys = null;
        if (stored != null) {
            keys = ColumnKeyset.unwrap(stored, master(stored));
        } else if (sealing) {
            try {
                keys = create(ColumnKeyset.generate());
                log.info("Column keys made: text columns are sealed from now on (ADR 012)");
            } catch (org.springframework.dao.DuplicateKeyException madeByAnotherStart) {
                String other = stored();
                keys = ColumnKeyset.unwrap(other, master(other));
            }
        }
        this.seal = new ColumnSeal(sealing, keys);
        if (sealing) {
            sealPlaintext();
        }
    }

    static boolean sealing(String setting, String url) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            case "auto", "" -> url.startsWith("jdbc:postgresql:");
            default -> throw new EncryptionException("defensor.encryption.columns is '" + setting + "': give auto, on or off");
        };
    }

    @Bean
    ColumnSeal columnSeal() {
        return seal;
    }

    private String stored() {
        return jdbc.query("select keyset from column_keyset where id = 1", rs -> rs.next() ? rs.getString(1) : null);
    }

    private synchronized MasterKey master(String stored) {
        if (master == null) {
            master = MasterKeys.forColumnKeys(dataDir, sources, stored, log::warn);
        }
        return master;
    }

    private ColumnKeyset create(ColumnKeyset keys) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into column_keyset (id, keyset, created_at, updated_at) values (1, ?, ?, ?)", keys.wrap(master(null)), now, now);
        return keys;
    }

    @Override
    public ColumnKeyset restored(Connection connection) {
        String stored;
        try (PreparedStatement select = connection.prepareStatement("select keyset from column_keyset where id = 1");
                ResultSet rs = select.executeQuery()) {
            stored = rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new EncryptionException("cannot read the backup's column keys: " + e.getMessage(), e);
        }
        if (stored == null) {
            return null;
        }
        MasterKey current = master(stored);
        try {
            return ColumnKeyset.unwrap(stored, current);
        } catch (EncryptionException e) {
            throw new EncryptionException("the backup's column keys were wrapped by another master key than this installation's: "
                    + "start with the master key of the installation the backup was made on (DEFENSOR_MASTER_KEY or --key-file), "
                    + "then restore", e);
        }
    }

    @Override
    public void afterRestore(ColumnKeyset restored) {
        if (restored == null && seal.sealing()) {
            seal.use(create(ColumnKeyset.generate()));
        } else {
            seal.use(restored);
        }
        if (seal.sealing()) {
            sealPlaintext();
        }
    }

    @Override
    public synchronized ColumnKeyset rotateTo(MasterKey newMaster) {
        ColumnKeyset current = seal.keys();
        if (current == null) {
            throw new EncryptionException("the database has no column keys to rotate");
        }
        if (master != null && newMaster.sameKeyAs(master)) {
            throw new EncryptionException("the new master key is the current one; give another key file or passphrase");
        }
        ColumnKeyset rotated = current.rotate();
        jdbc.update("update column_keyset set keyset = ?, updated_at = ? where id = 1", rotated.wrap(newMaster),
                Timestamp.from(Instant.now()));
        master = newMaster;
        seal.use(rotated);
        return rotated;
    }

    @Override
    public long sealPlaintext() {
        long values = 0;
        int tables = 0;
        for (SealedColumns.Table table : SealedColumns.ALL) {
            long sealed = seal(table);
            values += sealed;
            tables += sealed > 0 ? 1 : 0;
        }
        if (values > 0) {
            log.info("Column sealing: sealed {} values in {} tables that were stored in plaintext", values, tables);
        }
        return values;
    }

    /**
     * Seals one table's plaintext values, one committed batch at a time: a crash between batches leaves
     * each row sealed or plaintext, both readable, and the next start goes on where it stopped.
     */
    private long seal(SealedColumns.Table table) {
        List<String> columns = table.columns();
        String plaintext = String.join(" or ", columns.stream()
                .map(c -> "(" + c + " is not null and " + c + " not like '" + ColumnSeal.PREFIX + "%')").toList());
        String select = "select " + String.join(", ", table.key()) + ", " + String.join(", ", columns) + " from " + table.name()
                + " where " + plaintext + " fetch first " + BATCH + " rows only";
        String update = "update " + table.name() + " set " + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                + " where " + String.join(" and ", table.key().stream().map(k -> k + " = ?").toList());
        long sealed = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                while (true) {
                    List<Object[]> rows = new ArrayList<>();
                    try (PreparedStatement statement = connection.prepareStatement(select); ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            Object[] row = new Object[table.key().size() + columns.size()];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = i < table.key().size() ? rs.getObject(i + 1) : rs.getString(i + 1);
                            }
                            rows.add(row);
                        }
                    }
                    if (rows.isEmpty()) {
                        break;
                    }
                    try (PreparedStatement statement = connection.prepareStatement(update)) {
                        for (Object[] row : rows) {
                            int p = 1;
                            for (int i = 0; i < columns.size(); i++) {
                                String value = (String) row[table.key().size() + i];
                                if (value != null && !ColumnSeal.isSealed(value)) {
                                    value = seal.seal(value);
                                    sealed++;
                                }
                                statement.setString(p++, value);
                            }
                            for (int i = 0; i < table.key().size(); i++) {
                                statement.setObject(p++, row[i]);
                            }
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new EncryptionException("cannot seal the plaintext values of " + table.name() + ": " + e.getMessage(), e);
        }
        return sealed;
    }
}

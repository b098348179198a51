package org.defensor.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real PostgreSQL server, started once in-process for all tests that ask for it. */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;
    private static java.nio.file.Path keyFile;

    private PostgresDatabase() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** A fresh database of the shared server, as command-line arguments for an application started by the test. */
    public static String[] arguments(String database) {
        EmbeddedPostgres pg = fresh(database);
        return new String[] {"--spring.datasource.url=" + pg.getJdbcUrl("postgres", database), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--defensor.key-file=" + keyFile()};
    }

    /**
     * The master key of the column keys that PostgreSQL tests' databases keep (ADR 012): one key file for the
     * test run, made by the first application that starts, outside every data folder.
     */
    public static synchronized java.nio.file.Path keyFile() {
        if (keyFile == null) {
            try {
                java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("defensor-pg-keys");
                folder.toFile().deleteOnExit();
                keyFile = folder.resolve("master.key");
                keyFile.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keyFile;
    }

    private static EmbeddedPostgres fresh(String database) {
        EmbeddedPostgres pg = server();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
        return pg;
    }

    /** The JDBC URL of a fresh database of the shared server (user postgres, no password). */
    public static String jdbcUrl(String database) {
        return fresh(database).getJdbcUrl("postgres", database);
    }

    /** Points the test context at a fresh database of the shared server. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        EmbeddedPostgres pg = fresh(database);
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("defensor.key-file", () -> keyFile().toString());
    }
}

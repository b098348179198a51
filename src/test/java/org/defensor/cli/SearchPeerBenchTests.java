package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.defensor.cli.Cli.Run;
import org.defensor.support.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench search --peer postgres}: the same mix on PostgreSQL full-text search, on a real server. */
class SearchPeerBenchTests {

    @TempDir
    Path data;

    @Test
    void thePostgresPeerAnswersTheSameTotalsAndCountsAndLeavesNothingBehind() throws Exception {
        Run generated = Cli.run("generate", "--incidents", "300", "--seed", "3", "--data", data.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        String url = PostgresDatabase.jdbcUrl("search_peer");

        Run bench = Cli.run("bench", "search", "--rounds", "2", "--peer", "postgres", "--peer-url", url, "--data", data.toString());

        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("PostgreSQL FTS      p50", "Defensor faster than PostgreSQL full-text search  p50",
                "300 incidents copied from the index")
                // Same words, same stemmer, same filters: the same matches, so the same totals and counts.
                .contains("Same total and filter counts as PostgreSQL full-text search: 10 of 10 queries");
        try (var c = DriverManager.getConnection(url, "postgres", ""); var s = c.createStatement();
             var r = s.executeQuery("select count(*) from pg_namespace where nspname like 'defensor_peer_%'")) {
            r.next();
            assertThat(r.getInt(1)).as("throwaway schemas left").isZero();
        }
    }

    @Test
    void aPeerOnDefensorsOwnDatabaseNeedsThatDatabaseToBePostgres() {
        Run generated = Cli.run("generate", "--incidents", "20", "--seed", "3", "--data", data.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();

        Run bench = Cli.run("bench", "search", "--rounds", "1", "--peer", "postgres", "--data", data.toString());

        assertThat(bench.exit()).isEqualTo(BadOptionException.EXIT);
        assertThat(bench.err()).contains("--peer", "Defensor's database is not PostgreSQL", "--peer-url");

        Run notPostgres = Cli.run("bench", "search", "--peer", "postgres", "--peer-url", "jdbc:h2:mem:x", "--data", data.toString());
        assertThat(notPostgres.exit()).isEqualTo(BadOptionException.EXIT);
        assertThat(notPostgres.err()).contains("--peer-url", "must be a PostgreSQL JDBC URL");
    }
}

package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defensor.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/**
 * {@code defensor bench crash} with a few runs: real child JVMs killed with SIGKILL during an import and
 * during API writes, restarted on their data folders and checked.
 */
class CrashBenchTests {

    @Test
    void importsAndAcknowledgedWritesSurviveKillsAndTheIndexEqualsTheDatabaseAfterRestart() {
        Run bench = Cli.run("bench", "crash", "--runs", "3", "--incidents", "10", "--clients", "2", "--load-ms", "1500",
                "--seed", "7");

        assertThat(bench.exit()).as(bench.out() + bench.err()).isZero();
        assertThat(bench.out()).contains("Crash benchmark (import): 3 runs", "partial imports: 0; re-runs refused: 0",
                "Crash benchmark (api): 3 runs", "lost: 0; duplicates: 0");
        assertThat(Pattern.compile("differences after restart: 0").matcher(bench.out()).results().count()).isEqualTo(2);
        Matcher acknowledged = Pattern.compile("acknowledged writes: (\\d+)").matcher(bench.out());
        assertThat(acknowledged.find()).isTrue();
        assertThat(Long.parseLong(acknowledged.group(1))).isPositive();
    }

    @Test
    void aRunCountBelowOneIsRefusedBeforeAnythingStarts() {
        Run bench = Cli.run("bench", "crash", "--runs", "0");

        assertThat(bench.exit()).isEqualTo(2);
        assertThat(bench.err()).contains("--runs", "must be at least 1");
    }
}

package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.defensor.audit.AuditHead;
import org.defensor.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code defensor audit verify} and {@code defensor audit head} on a real data folder. */
class AuditCommandTests {

    @TempDir
    Path folder;

    @Test
    void theHeadPrintedAfterAnImportVerifiesAndAHeadTheChainNoLongerReachesIsReportedAsTampering() {
        String data = folder.resolve("data").toString();
        assertThat(Cli.run("import", "samples/demo.json", "--data", data).exit()).isZero();

        Run head = Cli.run("audit", "head", "--data", data);
        assertThat(head.exit()).as(head.err()).isZero();
        AuditHead kept = AuditHead.of(head.out().strip());
        assertThat(kept.seq()).as("one entry per imported record at least").isGreaterThan(100);

        Run intact = Cli.run("audit", "verify", "--head", kept.toString(), "--data", data);
        assertThat(intact.exit()).as(intact.out() + intact.err()).isZero();
        assertThat(intact.out()).contains("Audit chain intact: ").doesNotContain("problem:");

        // A head kept elsewhere further on than the chain now ends: entries were cut from the end.
        Run cut = Cli.run("audit", "verify", "--head", new AuditHead(kept.seq() + 5, kept.hash()).toString(), "--data", data);
        assertThat(cut.exit()).isEqualTo(AuditCommand.TAMPERED);
        assertThat(cut.out()).contains("problem: the chain ends at entry " + kept.seq(), "Audit chain TAMPERED: 1 problem");
    }

    @Test
    void aHeadThatIsNotOneIsABadOptionNamed() {
        Run bad = Cli.run("audit", "verify", "--head", "twelve", "--data", folder.resolve("data").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--head", "SEQ:HASH");
    }
}

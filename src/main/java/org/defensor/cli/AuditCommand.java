package org.defensor.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.audit.AuditChainVerifier;
import org.defensor.audit.AuditHead;
import org.defensor.audit.AuditVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Check the tamper-evident audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class})
class AuditCommand {

    /** Exit code when the chain or a record was tampered with (2 is a bad option, 1 another failure). */
    static final int TAMPERED = 3;

    @Command(name = "verify", description = "Report every edited, deleted or inserted audit entry and every record"
            + " changed in the database after its last audited write. Exit 0 intact, 3 tampered.")
    static class Verify implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--head", paramLabel = "SEQ:HASH",
                description = "A head printed earlier by `defensor audit head` and kept elsewhere: entries cut from the end show against it.")
        String head;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AuditHead kept;
            try {
                kept = head == null ? null : AuditHead.of(head);
            } catch (IllegalArgumentException e) {
                throw new BadOptionException("--head", e.getMessage());
            }
            try (Launcher.Running app = Launcher.start(data.dataDir, false, Map.of())) {
                AuditChainVerifier verifier = app.bean(AuditChainVerifier.class);
                AuditVerdict verdict = kept == null ? verifier.verify() : verifier.verify(kept);
                PrintWriter out = spec.commandLine().getOut();
                verdict.problems().forEach(p -> out.println("problem: " + p));
                out.println("Audit chain " + verdict.summary());
                return verdict.intact() ? 0 : TAMPERED;
            }
        }
    }

    @Command(name = "head", description = "Print the chain's last entry as SEQ:HASH, to keep outside this machine.")
    static class Head implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Launcher.Running app = Launcher.start(data.dataDir, false, Map.of())) {
                spec.commandLine().getOut().println(app.bean(AuditChainVerifier.class).head());
                return 0;
            }
        }
    }
}

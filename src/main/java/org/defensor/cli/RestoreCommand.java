package org.defensor.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.backup.Backups;
import org.defensor.backup.RestoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = {"Restore a backup written by 'defensor backup' into an empty database (or, with "
        + "--replace, in place of everything in it), in one transaction; then rebuild the search index and verify the audit chain.",
        "Exit 3: restored, but the audit chain has problems."})
class RestoreCommand implements Callable<Integer> {

    /** Restored, but the audit chain's verification found problems. */
    static final int AUDIT_PROBLEMS = 3;

    @Mixin
    DataOptions data;

    @Mixin
    PassphraseOptions passphrase;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--replace", description = "Replace a database that holds data (asks for confirmation).")
    boolean replace;

    @Option(names = "--yes", description = "With --replace: do not ask for confirmation.")
    boolean yes;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            throw new BadOptionException("FILE", file + ": no such file");
        }
        if (yes && !replace) {
            throw new BadOptionException("--yes", "only confirms --replace");
        }
        if (replace && !yes) {
            confirm();
        }
        char[] secret = passphrase.read(false);
        try (Launcher.Running app = Launcher.start(data, false, Map.of());
             InputStream in = Files.newInputStream(file)) {
            RestoreReport report = app.bean(Backups.class).restore(in, secret, replace);
            out.println("Restored " + file + ": " + report.restored().describe());
            out.println("Search index rebuilt.");
            out.println("Audit chain: " + report.auditChain().summary());
            if (!report.auditChain().intact()) {
                report.auditChain().problems().forEach(p -> err.println("audit chain: " + p));
                return AUDIT_PROBLEMS;
            }
            return 0;
        } finally {
            Arrays.fill(secret, ' ');
        }
    }

    private void confirm() {
        Console console = System.console();
        if (console == null) {
            throw new BadOptionException("--replace", "replaces everything in " + data.dataDir
                    + " and needs confirmation: run in a terminal, or add --yes");
        }
        String answer = console.readLine("This replaces every record, account and audit entry in %s with the backup's. "
                + "Type REPLACE to go on: ", data.dataDir);
        if (!"REPLACE".equals(answer == null ? null : answer.strip())) {
            throw new BadOptionException("--replace", "not confirmed; nothing was changed");
        }
    }
}

package org.defensor.cli;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.dataset.DatasetFormatException;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.ImportReport;
import org.defensor.encryption.PassphraseEncryption;
import org.defensor.shared.Clearance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import a dataset (JSON, as written by export, encrypted or not). All or nothing unless --partial.")
class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    PassphraseOptions passphrase;

    @Parameters(paramLabel = "FILE", description = "The dataset file.")
    Path file;

    @Option(names = "--partial", description = "Import the good records and list each bad one, instead of refusing the whole file.")
    boolean partial;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("defensor: " + file + ": no such file");
            return 1;
        }
        char[] secret = null;
        try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            // An export written by 'defensor export -o' is encrypted with a passphrase.
            InputStream in = raw;
            if (PassphraseEncryption.isEncrypted(raw)) {
                secret = passphrase.read(false);
                in = PassphraseEncryption.decrypt(raw, secret);
            }
            return load(in, out, err);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, ' ');
            }
        }
    }

    private int load(InputStream in, PrintWriter out, PrintWriter err) {
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            DatasetTransfer transfer = app.bean(DatasetTransfer.class);
            long started = System.nanoTime();
            ImportReport report = Clearance.asSystem(() -> {
                try {
                    return transfer.importDataset(transfer.read(in, file.toString()), partial);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            for (ImportReport.Problem problem : report.problems()) {
                err.println(file + ": " + problem.location() + " (id " + problem.id() + "): " + String.join("; ", problem.reasons()));
            }
            if (!report.committed()) {
                err.println(file + ": nothing imported: " + report.problems().size()
                        + " bad record(s); fix them, or use --partial to import the good ones");
                return 1;
            }
            out.printf("Imported %d incidents, %d persons, %d organisations, %d sources, %d communications, %d replies"
                            + " in %.1f s (%.0f incidents/s)%s%n",
                    report.incidents(), report.persons(), report.organisations(), report.sources(), report.communications(),
                    report.replies(), seconds,
                    report.incidents() / Math.max(seconds, 1e-9),
                    report.problems().isEmpty() ? "" : "; " + report.problems().size() + " bad record(s) left out");
            return 0;
        } catch (DatasetFormatException e) {
            err.println("defensor: " + e.getMessage());
            return 1;
        }
    }
}

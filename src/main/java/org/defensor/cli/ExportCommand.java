package org.defensor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.encryption.PassphraseEncryption;
import org.defensor.encryption.PrivateFiles;
import org.defensor.shared.Clearance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {"Export the whole dataset as JSON.",
        "A file (-o) is encrypted with a passphrase (read back by 'defensor import') unless --unencrypted; "
                + "standard output is plain JSON."})
class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    PassphraseOptions passphrase;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (encrypted, readable by you only) "
            + "instead of standard output.")
    Path output;

    @Option(names = "--unencrypted", description = "Write FILE as plain JSON (for another tool). Refused inside the data folder.")
    boolean unencrypted;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (output != null && unencrypted && Files.isDirectory(data.dataDir)
                && output.toAbsolutePath().normalize().startsWith(data.dataDir.toAbsolutePath().normalize())) {
            throw new BadOptionException("--unencrypted", "an unencrypted export may not be written inside the data folder");
        }
        char[] secret = output != null && !unencrypted ? passphrase.read(true) : null;
        Path partial = output == null ? null : output.resolveSibling(output.getFileName() + ".partial");
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            DatasetTransfer transfer = app.bean(DatasetTransfer.class);
            if (output == null) {
                export(transfer, System.out);
                System.out.flush();
                return 0;
            }
            try (OutputStream file = PrivateFiles.newOutputStream(partial);
                 OutputStream out = secret == null ? file : PassphraseEncryption.encrypt(file, secret)) {
                export(transfer, out);
            }
            Files.move(partial, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().println("Exported to " + output + (secret == null ? " (unencrypted)" : " (encrypted)"));
            return 0;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, ' ');
            }
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static void export(DatasetTransfer transfer, OutputStream out) {
        Clearance.asSystem(() -> {
            try {
                transfer.export(out);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

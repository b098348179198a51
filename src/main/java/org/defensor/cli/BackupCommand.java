package org.defensor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.backup.BackupSummary;
import org.defensor.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = {"Write an encrypted backup of everything: every table (records, communications, "
        + "audit trail, accounts and tokens, templates, mandates...) and the stored documents.",
        "Restore it with 'defensor restore'."})
class BackupCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    PassphraseOptions passphrase;

    @Parameters(paramLabel = "FILE", description = "The backup file to write (must not exist).")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(file)) {
            throw new BadOptionException("FILE", file + " exists; choose another name");
        }
        if (Files.isDirectory(data.dataDir) && file.toAbsolutePath().normalize().startsWith(data.dataDir.toAbsolutePath().normalize())) {
            throw new BadOptionException("FILE", "is inside the data folder; keep backups elsewhere");
        }
        char[] secret = passphrase.read(true);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            BackupSummary summary;
            try (OutputStream out = Files.newOutputStream(partial)) {
                restrict(partial);
                summary = app.bean(Backups.class).backup(out, secret);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().println("Backed up to " + file + ": " + summary.describe());
            return 0;
        } finally {
            Arrays.fill(secret, ' ');
            Files.deleteIfExists(partial);
        }
    }

    private static void restrict(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}

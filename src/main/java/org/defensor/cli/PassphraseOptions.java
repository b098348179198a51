package org.defensor.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.defensor.backup.BackupException;
import org.defensor.backup.Backups;
import picocli.CommandLine.Option;

/**
 * Where the passphrase of a backup or an encrypted export comes from: {@code --passphrase-file}, else the environment variable
 * {@value #ENV}, else asked on the terminal (twice for a new backup). Never an option's value: it
 * would show in the process list and the shell history.
 */
class PassphraseOptions {

    static final String ENV = "DEFENSOR_BACKUP_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE. Default: $" + ENV + ", else asked.")
    Path file;

    char[] read(boolean newBackup) {
        char[] passphrase = fromFileOrEnvironment();
        if (passphrase == null) {
            Console console = System.console();
            if (console == null) {
                throw new BadOptionException("--passphrase-file",
                        "no passphrase: give --passphrase-file FILE, set " + ENV + ", or run in a terminal to be asked");
            }
            passphrase = console.readPassword("Passphrase (backup or export): ");
            if (newBackup) {
                char[] again = console.readPassword("The same passphrase again: ");
                boolean same = Arrays.equals(passphrase, again);
                Arrays.fill(again, ' ');
                if (!same) {
                    throw new BadOptionException("passphrase", "the two passphrases differ");
                }
            }
        }
        if (newBackup) {
            try {
                Backups.checkNewPassphrase(passphrase);
            } catch (BackupException e) {
                throw new BadOptionException(List.of(e.getMessage()));
            }
        }
        if (passphrase.length == 0) {
            throw new BadOptionException("passphrase", "is empty");
        }
        return passphrase;
    }

    private char[] fromFileOrEnvironment() {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String line = end < 0 ? text : text.substring(0, end);
                return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
            } catch (IOException e) {
                throw new BadOptionException("--passphrase-file", "cannot read " + file + ": " + e.getMessage());
            }
        }
        String env = System.getenv(ENV);
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }
}

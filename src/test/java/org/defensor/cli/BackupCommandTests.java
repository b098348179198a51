package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defensor.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code defensor backup} and {@code defensor restore} on real data folders (H2 files, Lucene index). */
class BackupCommandTests {

    @TempDir
    Path folder;

    private Path passphrase(String text) throws Exception {
        Path file = folder.resolve("passphrase-" + text.length());
        Files.writeString(file, text + "\n");
        return file;
    }

    private static String payloadDigest(Run run) {
        Matcher m = Pattern.compile("payload SHA-256 ([0-9a-f]{64})").matcher(run.out());
        assertThat(m.find()).as(run.out() + run.err()).isTrue();
        return m.group(1);
    }

    @Test
    void aBackupRestoredIntoANewDataFolderAndBackedUpAgainHasTheSamePayload() throws Exception {
        Path original = folder.resolve("original");
        Path copy = folder.resolve("copy");
        String secret = passphrase("a long enough passphrase").toString();
        assertThat(Cli.run("import", "samples/demo.json", "--data", original.toString()).exit()).isZero();
        Path file = folder.resolve("defensor.backup");

        Run backup = Cli.run("backup", file.toString(), "--passphrase-file", secret, "--data", original.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up to", "tables", "rows");
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);

        Run restore = Cli.run("restore", file.toString(), "--passphrase-file", secret, "--data", copy.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored", "Search index rebuilt", "Audit chain: intact");
        Run again = Cli.run("backup", folder.resolve("again.backup").toString(), "--passphrase-file", secret, "--data", copy.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(payloadDigest(again)).isEqualTo(payloadDigest(backup));
        Path exported = folder.resolve("copy.json");
        assertThat(Cli.run("export", "-o", exported.toString(), "--unencrypted", "--data", copy.toString()).exit()).isZero();
        assertThat(Files.readString(exported)).contains("Zhanar Sekerbayeva");

        Run refused = Cli.run("restore", file.toString(), "--passphrase-file", secret, "--data", copy.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("not empty", "--replace");
        Run unconfirmed = Cli.run("restore", file.toString(), "--passphrase-file", secret, "--replace", "--data", copy.toString());
        assertThat(unconfirmed.exit()).isEqualTo(BadOptionException.EXIT);
        assertThat(unconfirmed.err()).contains("--yes");
        Run replaced = Cli.run("restore", file.toString(), "--passphrase-file", secret, "--replace", "--yes", "--data", copy.toString());
        assertThat(replaced.exit()).as(replaced.err()).isZero();
    }

    @Test
    void aWrongPassphraseOrAShortOneIsRefusedWithAClearMessage() throws Exception {
        Path data = folder.resolve("data");
        Path file = folder.resolve("defensor.backup");
        Run shortOne = Cli.run("backup", file.toString(), "--passphrase-file", passphrase("too short").toString(), "--data", data.toString());
        assertThat(shortOne.exit()).isEqualTo(BadOptionException.EXIT);
        assertThat(shortOne.err()).contains("at least 12");
        assertThat(file).doesNotExist();

        assertThat(Cli.run("backup", file.toString(), "--passphrase-file", passphrase("the right passphrase").toString(),
                "--data", data.toString()).exit()).isZero();
        Run wrong = Cli.run("restore", file.toString(), "--passphrase-file", passphrase("a wrong passphrase!").toString(), "--replace",
                "--yes", "--data", data.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("wrong passphrase");

        Run exists = Cli.run("backup", file.toString(), "--passphrase-file", passphrase("the right passphrase").toString(),
                "--data", data.toString());
        assertThat(exists.exit()).isEqualTo(BadOptionException.EXIT);
        assertThat(exists.err()).contains("exists");
    }
}

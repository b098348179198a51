package org.defensor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data lives and where its master key is; shared by every command that opens it. */
class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (database and index). Default: ${DEFAULT-VALUE}",
            defaultValue = "${env:DEFENSOR_DATA_DIR:-./data}")
    Path dataDir;

    @Option(names = "--key-file", paramLabel = "FILE", description = "The master key file (outside the data folder). Default: "
            + "$DEFENSOR_MASTER_KEY, $DEFENSOR_KEY_FILE, $DEFENSOR_PASSPHRASE, else DIR.key next to the data folder.")
    Path keyFile;

    /** The key file given by the option, else by {@code DEFENSOR_KEY_FILE}; null if neither. */
    Path keyFile() {
        if (keyFile != null) {
            return keyFile;
        }
        String variable = System.getenv("DEFENSOR_KEY_FILE");
        return variable == null || variable.isBlank() ? null : Path.of(variable);
    }
}

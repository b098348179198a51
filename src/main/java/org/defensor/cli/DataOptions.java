package org.defensor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data lives; shared by every command that opens it. */
class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (database and index). Default: ${DEFAULT-VALUE}",
            defaultValue = "${env:DEFENSOR_DATA_DIR:-./data}")
    Path dataDir;
}

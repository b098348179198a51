package org.defensor.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.shared.Clearance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export the whole dataset as JSON.")
class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Launcher.Running app = Launcher.start(data.dataDir, false, Map.of())) {
            DatasetTransfer transfer = app.bean(DatasetTransfer.class);
            OutputStream out = output == null ? System.out : Files.newOutputStream(output);
            try {
                Clearance.asSystem(() -> {
                    try {
                        transfer.export(out);
                        return null;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } finally {
                out.flush();
                if (output != null) {
                    out.close();
                }
            }
            if (output != null) {
                spec.commandLine().getOut().println("Exported to " + output);
            }
            return 0;
        }
    }
}

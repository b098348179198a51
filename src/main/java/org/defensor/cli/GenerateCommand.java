package org.defensor.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.dataset.Dataset;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.ImportReport;
import org.defensor.shared.Clearance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Add realistic random records (for benchmarks); the same seed gives the same records.")
class GenerateCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--incidents", required = true, description = "How many incidents (with persons, organisations, sources in proportion).")
    int incidents;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (incidents < 1) {
            spec.commandLine().getErr().println("defensor: --incidents must be at least 1");
            return 2;
        }
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            DatasetTransfer transfer = app.bean(DatasetTransfer.class);
            Dataset dataset = transfer.synthetic(incidents, seed);
            long started = System.nanoTime();
            ImportReport report = Clearance.asSystem(() -> transfer.importDataset(dataset, false));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!report.committed()) {
                report.problems().stream().limit(20).forEach(p -> spec.commandLine().getErr().println(p));
                spec.commandLine().getErr().println("defensor: nothing generated (the records exist already? use another --seed)");
                return 1;
            }
            spec.commandLine().getOut().printf("Generated %d incidents, %d persons, %d organisations, %d sources in %.1f s "
                    + "(%.0f incidents/s, index rebuild included)%n", report.incidents(), report.persons(), report.organisations(),
                    report.sources(), seconds, report.incidents() / seconds);
            return 0;
        }
    }
}

package org.defensor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.letters.LetterFormat;
import org.defensor.recommendations.ImplementationReport;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.StateCode;
import org.defensor.shared.Clearance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Reports drawn from the records.", subcommands = ReportCommand.Implementation.class)
class ReportCommand {

    @Command(name = "implementation", description = "The implementation report per State and mechanism, grouped by theme: each "
            + "recommendation with the State's position, its latest assessment and the evidence in date order.")
    static class Implementation implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--state", paramLabel = "ISO3", description = "The State under review (ISO 3166-1 alpha-3, e.g. KAZ). Default: all.")
        String state;

        @Option(names = "--mechanism", description = "${COMPLETION-CANDIDATES}. Default: all.")
        Mechanism mechanism;

        @Option(names = "--format", defaultValue = "html", description = "html, pdf or docx. Default: ${DEFAULT-VALUE}")
        LetterFormat format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it. Default: standard output (html only).")
        Path output;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String iso3 = Ids.country("--state", state);
            if (output == null && format != LetterFormat.HTML) {
                throw new BadOptionException("--output", "a " + format.extension() + " report needs a file to go to (-o FILE)");
            }
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                byte[] report = Clearance.asSystem(() -> app.bean(ImplementationReport.class)
                        .render(iso3 == null ? null : new StateCode(iso3), mechanism, format));
                if (output == null) {
                    spec.commandLine().getOut().print(new String(report, java.nio.charset.StandardCharsets.UTF_8));
                    spec.commandLine().getOut().flush();
                } else {
                    Files.write(output, report);
                    spec.commandLine().getOut().println("Wrote " + output + " (" + report.length + " bytes)");
                }
                return 0;
            }
        }
    }
}

package org.defensor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationFilter;
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Communications;
import org.defensor.communications.Publications;
import org.defensor.communications.Tracking;
import org.defensor.shared.Clearance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "communications", description = "Communications to States.", subcommands = {CommunicationsCommand.ListCommunications.class,
        CommunicationsCommand.Publish.class, CommunicationsCommand.Correct.class})
class CommunicationsCommand {

    enum Format { TABLE, JSON }

    /** One line of the list; {@code daysOverdue} only for an overdue communication. */
    record Row(UUID id, String reference, CommunicationType type, String country, CommunicationStatus status, LocalDate sent,
               LocalDate deadline, Long daysOverdue) {}

    @Command(name = "list", description = "List communications, newest first: reference, type, country, status, sent, "
            + "reply deadline and days overdue.")
    static class ListCommunications implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--overdue", description = "Only those whose reply deadline has passed without a reply.")
        boolean overdue;

        @Option(names = "--country", paramLabel = "ISO3", description = "Only those to this State (ISO 3166-1 alpha-3, e.g. KAZ).")
        String country;

        @Option(names = "--type", description = "Only this type: ${COMPLETION-CANDIDATES}.")
        CommunicationType type;

        @Option(names = "--year", description = "Only those of this year (of the reference).")
        Integer year;

        @Option(names = "--status", description = "Only those with this status: ${COMPLETION-CANDIDATES}.")
        CommunicationStatus status;

        @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
        Format format;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            CommunicationFilter filter = new CommunicationFilter(Ids.country("--country", country), null, type, year, status,
                    overdue);
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                List<Row> rows = Clearance.asSystem(() -> rows(app, filter));
                PrintWriter out = spec.commandLine().getOut();
                if (format == Format.JSON) {
                    out.println(app.bean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
                } else {
                    printTable(out, rows);
                }
                return 0;
            }
        }

        private static List<Row> rows(Launcher.Running app, CommunicationFilter filter) {
            // Days overdue as the desk's dashboard counts them.
            Map<UUID, Long> late = app.bean(Tracking.class).dashboard().overdue().stream()
                    .collect(Collectors.toMap(Tracking.Overdue::id, Tracking.Overdue::daysOverdue));
            return app.bean(Communications.class).list(filter).stream()
                    .map((CommunicationData c) -> new Row(c.id(), c.reference(), c.type(), c.country(), c.status(), c.sent(),
                            c.deadline(), late.get(c.id())))
                    .toList();
        }

        private static void printTable(PrintWriter out, List<Row> rows) {
            String line = "%-18s %-4s %-7s %-9s %-10s %-10s %12s%n";
            out.printf(line, "REFERENCE", "TYPE", "COUNTRY", "STATUS", "SENT", "DEADLINE", "DAYS OVERDUE");
            for (Row r : rows) {
                out.printf(line, r.reference(), r.type(), r.country(), r.status(), orDash(r.sent()), orDash(r.deadline()),
                        orDash(r.daysOverdue()));
            }
            out.printf("%d communication(s)%n", rows.size());
        }

        private static String orDash(Object value) {
            return value == null ? "-" : value.toString();
        }
    }

    @Command(name = "publish", description = "Publish a sent communication: its letter and replies become public, with the names "
            + "that may not be named in public withheld. Refused (exit 1, naming the record and the part) while the public "
            + "version would name a CONFIDENTIAL person or organisation.")
    static class Publish implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--communication", required = true, paramLabel = "ID|REFERENCE",
                description = "The communication: its id or its reference, e.g. \"AL KAZ 4/2025\".")
        String communication;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of publication. Default: today.")
        LocalDate date;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                return Clearance.asSystem(() -> {
                    CommunicationData c = Ids.communication("--communication", app.bean(Communications.class), communication);
                    CommunicationData done = app.bean(Publications.class).publish(c.id(), c.version(), date);
                    spec.commandLine().getOut().println("Published " + done.reference() + " on " + done.published());
                    return 0;
                });
            }
        }
    }

    @Command(name = "correct", description = "Publish a correction of a published communication: new wording for the parts "
            + "given, with the reason (shown in public); the wording it replaces is kept. A published communication is "
            + "otherwise frozen.")
    static class Correct implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--communication", required = true, paramLabel = "ID|REFERENCE",
                description = "The communication: its id or its reference, e.g. \"AL KAZ 4/2025\".")
        String communication;

        @Option(names = "--reason", required = true, description = "Why it is corrected (shown in public).")
        String reason;

        @Option(names = "--summary-file", paramLabel = "FILE", description = "The corrected summary (UTF-8 text).")
        Path summary;

        @Option(names = "--facts-file", paramLabel = "FILE", description = "The corrected facts (UTF-8 text).")
        Path facts;

        @Option(names = "--concerns-file", paramLabel = "FILE", description = "The corrected concerns (UTF-8 text).")
        Path concerns;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (reason.isBlank()) {
                throw new BadOptionException("--reason", "is empty: say why the communication is corrected");
            }
            String newSummary = read("--summary-file", summary);
            String newFacts = read("--facts-file", facts);
            String newConcerns = read("--concerns-file", concerns);
            if (newSummary == null && newFacts == null && newConcerns == null) {
                throw new BadOptionException("--facts-file", "give at least one of --summary-file, --facts-file, --concerns-file");
            }
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                return Clearance.asSystem(() -> {
                    CommunicationData c = Ids.communication("--communication", app.bean(Communications.class), communication);
                    app.bean(Publications.class).correct(c.id(), new Publications.CorrectionRequest(c.version(), reason, newSummary,
                            newFacts, newConcerns, null));
                    int number = app.bean(Publications.class).corrections(c.id()).size();
                    spec.commandLine().getOut().println("Published correction " + number + " of " + c.reference());
                    return 0;
                });
            }
        }

        private static String read(String option, Path file) {
            if (file == null) {
                return null;
            }
            if (!Files.isRegularFile(file)) {
                throw new BadOptionException(option, file + " is not a file");
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadOptionException(option, "cannot read " + file + ": " + e.getMessage());
            }
        }
    }
}

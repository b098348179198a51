package org.defensor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.defensor.recommendations.AssessmentData;
import org.defensor.recommendations.EvidenceData;
import org.defensor.recommendations.ImplementationCounts;
import org.defensor.recommendations.ImplementationStatus;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.Position;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.RecommendationFilter;
import org.defensor.recommendations.Recommendations;
import org.defensor.recommendations.StateCode;
import org.defensor.shared.Clearance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "recommendations", description = "Recommendations to States and their implementation.",
        subcommands = {RecommendationsCommand.ListRecommendations.class, RecommendationsCommand.Show.class,
                RecommendationsCommand.ImportCsv.class, RecommendationsCommand.Counts.class})
class RecommendationsCommand {

    enum Format { TABLE, JSON }

    @Command(name = "list", description = "List recommendations by State, mechanism, document and document order: identifier, "
            + "position, latest assessment, evidence links and the start of the text.")
    static class ListRecommendations implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--state", paramLabel = "ISO3", description = "Only those to this State (ISO 3166-1 alpha-3, e.g. KAZ).")
        String state;

        @Option(names = "--mechanism", description = "Only those of this mechanism: ${COMPLETION-CANDIDATES}.")
        Mechanism mechanism;

        @Option(names = "--position", description = "Only those the State took this position on: ${COMPLETION-CANDIDATES}.")
        Position position;

        @Option(names = "--status", description = "Only those whose latest assessment is: ${COMPLETION-CANDIDATES}.")
        ImplementationStatus status;

        @Option(names = "--document", paramLabel = "SYMBOL", description = "Only those of this document, e.g. CCPR/C/KAZ/CO/3.")
        String document;

        @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
        Format format;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String iso3 = Ids.country("--state", state);
            RecommendationFilter filter = new RecommendationFilter(iso3 == null ? null : new StateCode(iso3), mechanism, position, status,
                    document, null);
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                List<RecommendationData> rows = Clearance.asSystem(() -> app.bean(Recommendations.class).list(filter));
                PrintWriter out = spec.commandLine().getOut();
                if (format == Format.JSON) {
                    out.println(app.bean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
                    return 0;
                }
                String line = "%-36s %-5s %-30s %-18s %-21s %8s  %s%n";
                out.printf(line, "ID", "STATE", "RECOMMENDATION", "POSITION", "LATEST ASSESSMENT", "EVIDENCE", "TEXT");
                for (RecommendationData r : rows) {
                    out.printf(line, r.id(), r.stateUnderReview(), abbreviate(r.label(), 30), orDash(r.position()), orDash(r.latestStatus()),
                            r.evidence().size(), abbreviate(r.text(), 60));
                }
                out.printf("%d recommendation(s)%n", rows.size());
                return 0;
            }
        }
    }

    @Command(name = "counts", description = "How many recommendations there are by latest assessment, position, mechanism and theme "
            + "(the dashboard's figures).")
    static class Counts implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--state", paramLabel = "ISO3", description = "Only those to this State (ISO 3166-1 alpha-3, e.g. KAZ).")
        String state;

        @Option(names = "--mechanism", description = "Only those of this mechanism: ${COMPLETION-CANDIDATES}.")
        Mechanism mechanism;

        @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
        Format format;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String iso3 = Ids.country("--state", state);
            RecommendationFilter filter = new RecommendationFilter(iso3 == null ? null : new StateCode(iso3), mechanism, null, null, null, null);
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                ImplementationCounts counts = ImplementationCounts.of(Clearance.asSystem(() -> app.bean(Recommendations.class).list(filter)));
                PrintWriter out = spec.commandLine().getOut();
                if (format == Format.JSON) {
                    out.println(app.bean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(counts));
                    return 0;
                }
                out.printf("%d recommendation(s)%n", counts.total());
                for (ImplementationCounts.Tally tally : List.of(counts.byStatus(), counts.byPosition(), counts.byMechanism(), counts.byTheme())) {
                    out.println();
                    out.println(tally.title());
                    tally.counts().forEach(c -> out.printf("  %-40s %6d%n", c.label(), c.count()));
                }
                return 0;
            }
        }
    }

    @Command(name = "show", description = "Show one recommendation: its fields, the State's position, assessments and evidence.")
    static class Show implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "ID", description = "The recommendation's id (from 'recommendations list').")
        String id;

        @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
        Format format;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            UUID uuid = Ids.uuids("ID", "a recommendation", List.of(id)).get(0);
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                RecommendationData r = Clearance.asSystem(() -> app.bean(Recommendations.class).get(uuid));
                PrintWriter out = spec.commandLine().getOut();
                if (format == Format.JSON) {
                    out.println(app.bean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
                    return 0;
                }
                out.println(r.label() + " (" + r.mechanism().label() + ", " + r.stateUnderReview() + ")");
                out.println(r.text());
                out.println("Document: " + orDash(r.document()) + (r.sourceId() == null ? "" : " · source " + r.sourceId()));
                out.println("Date: " + orDash(r.date()) + (r.cycle() == null ? "" : " · " + r.cycle()));
                if (!r.recommendingStates().isEmpty()) {
                    out.println("Recommending States: " + String.join(", ", r.recommendingStates().stream().map(StateCode::code).toList()));
                }
                out.println("Position: " + orDash(r.position()) + (r.positionDate() == null ? "" : " on " + r.positionDate()));
                out.println("Themes: " + String.join(", ", r.themes().stream().map(t -> t.label()).sorted().toList()));
                out.println("Latest assessment: " + orDash(r.latestStatus()));
                for (AssessmentData a : r.assessments()) {
                    out.println("  " + a.date() + " " + a.status() + " (" + a.author() + "): " + orDash(a.reasoning()));
                }
                out.println("Evidence (" + r.evidence().size() + "):");
                for (EvidenceData e : r.evidence()) {
                    out.println("  " + (e.targetDate() == null ? "-" : e.targetDate().format()) + " " + e.kind() + " " + e.target()
                            + " " + orDash(e.targetName()) + (e.note() == null ? "" : " — " + e.note()));
                }
                return 0;
            }
        }
    }

    @Command(name = "import", description = "Import recommendations from a CSV file through a mapping file (YAML: columns, values, "
            + "positions, separator). All or nothing unless --partial; every bad row is listed as FILE:ROW: COLUMN: reason. A row "
            + "matching a stored recommendation (State, document, identifier) updates only the mapped fields. Exit 0 when every row "
            + "went in, 1 when a row was refused (with --partial the others went in), 2 on a bad option or mapping file.")
    static class ImportCsv implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "FILE", description = "The CSV file (UTF-8, a header row).")
        java.nio.file.Path file;

        @Option(names = "--mapping", required = true, paramLabel = "M", description = "The mapping file.")
        java.nio.file.Path mappingFile;

        @Option(names = "--partial", description = "Import the valid rows even when others are refused.")
        boolean partial;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            org.defensor.recommendations.ImportMapping mapping;
            try (var in = java.nio.file.Files.newInputStream(mappingFile)) {
                mapping = org.defensor.recommendations.ImportMapping.read(in, mappingFile.toString());
            } catch (java.io.IOException e) {
                throw new BadOptionException("--mapping", "cannot read " + mappingFile + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new BadOptionException("--mapping", e.getMessage());
            }
            if (!java.nio.file.Files.isReadable(file)) {
                throw new BadOptionException("FILE", "cannot read " + file);
            }
            org.defensor.recommendations.ImportMapping chosen = mapping;
            try (Launcher.Running app = Launcher.start(data, false, Map.of());
                 var reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                long started = System.nanoTime();
                var outcome = Clearance.asSystem(() -> app.bean(org.defensor.recommendations.RecommendationImport.class)
                        .importCsv(reader, file.toString(), chosen, partial));
                double seconds = (System.nanoTime() - started) / 1e9;
                PrintWriter out = spec.commandLine().getOut();
                outcome.problems().forEach(p -> spec.commandLine().getErr().println(p));
                if (outcome.committed()) {
                    out.printf("Imported %s: %d rows, %d created, %d updated, %d unchanged, %d refused (%.1f s, %.0f rows/s)%n", file,
                            outcome.rows(), outcome.created(), outcome.updated(), outcome.unchanged(), outcome.problems().size(), seconds,
                            outcome.rows() / Math.max(seconds, 1e-9));
                } else {
                    out.printf("Nothing imported from %s: %d problem(s) in %d rows%s%n", file, outcome.problems().size(), outcome.rows(),
                            partial ? "" : " (--partial imports the valid rows)");
                }
                return outcome.problems().isEmpty() ? 0 : 1;
            }
        }
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

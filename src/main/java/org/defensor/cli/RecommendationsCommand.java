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
        subcommands = {RecommendationsCommand.ListRecommendations.class, RecommendationsCommand.Show.class})
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

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

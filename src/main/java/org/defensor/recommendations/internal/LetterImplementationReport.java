package org.defensor.recommendations.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.defensor.letters.Letter;
import org.defensor.letters.LetterFormat;
import org.defensor.letters.LetterRenderer;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;
import org.defensor.recommendations.EvidenceData;
import org.defensor.recommendations.ImplementationReport;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.RecommendationFilter;
import org.defensor.recommendations.Recommendations;
import org.defensor.recommendations.StateCode;
import org.defensor.records.Theme;
import org.springframework.stereotype.Service;

/** The report from the recommendations the caller may read, laid out as a letter: a summary, then one part per theme. */
@Service
class LetterImplementationReport implements ImplementationReport {

    private final Recommendations recommendations;
    private final LetterRenderer renderer;
    private final org.defensor.audit.AuditTrail audit;

    LetterImplementationReport(Recommendations recommendations, LetterRenderer renderer, org.defensor.audit.AuditTrail audit) {
        this.recommendations = recommendations;
        this.renderer = renderer;
        this.audit = audit;
    }

    @Override
    public Report build(StateCode state, Mechanism mechanism) {
        List<RecommendationData> all = recommendations.list(new RecommendationFilter(state, mechanism, null, null, null, null));
        // Each under its first theme; themes in the vocabulary's order; within a theme, the list's (document) order.
        Map<Integer, List<Entry>> byTheme = new TreeMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        for (RecommendationData r : all) {
            Theme theme = r.themes().isEmpty() ? null : r.themes().get(0);
            int key = theme == null ? Integer.MAX_VALUE : theme.ordinal();
            names.put(key, theme == null ? "Other" : theme.label());
            var latest = r.assessments().isEmpty() ? null : r.assessments().get(r.assessments().size() - 1);
            byTheme.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(r.label(), r.text(), r.position(), r.latestStatus(),
                    latest == null ? null : latest.reasoning(), r.evidence().stream().map(LetterImplementationReport::line).toList()));
        }
        List<Section> sections = byTheme.entrySet().stream().map(e -> new Section(names.get(e.getKey()), e.getValue())).toList();
        String title = "Implementation of " + (mechanism == null ? "recommendations" : mechanism.label() + " recommendations")
                + (state == null ? "" : ": " + state);
        return new Report(title, sections);
    }

    private static String line(EvidenceData e) {
        return (e.targetDate() == null || !e.targetDate().isKnown() ? "" : e.targetDate().display() + " — ")
                + (e.targetName() == null ? e.kind().label() + " (no longer available)" : e.targetName())
                + (e.note() == null ? "" : ": " + e.note());
    }

    @Override
    public byte[] render(StateCode state, Mechanism mechanism, LetterFormat format) {
        Report report = build(state, mechanism);
        List<Part> parts = new ArrayList<>();
        int count = report.sections().stream().mapToInt(s -> s.entries().size()).sum();
        parts.add(Part.of(PartKind.SUMMARY, report.title() + ". " + count + " recommendation(s) in " + report.sections().size()
                + " theme(s); for each, the State's position, the latest assessment of its implementation and the documented"
                + " incidents and other records it rests on, oldest first."));
        for (Section section : report.sections()) {
            List<String> paragraphs = new ArrayList<>();
            for (Entry e : section.entries()) {
                paragraphs.add(e.label() + ": “" + e.text() + "”");
                paragraphs.add("Position: " + (e.position() == null ? "not known" : e.position().label())
                        + ". Assessment: " + (e.status() == null ? "not assessed" : e.status().label())
                        + (e.reasoning() == null ? "." : ". " + e.reasoning()));
                e.evidence().forEach(line -> paragraphs.add("Evidence: " + line));
            }
            parts.add(new Part(PartKind.FACTS, section.theme(), paragraphs));
        }
        // Audited like a letter render: the report carries the evidence the caller may read.
        audit.recordRead("render", "implementation-report", (state == null ? "any" : state.code()) + "/" + (mechanism == null ? "any" : mechanism.name()),
                format.name() + ", " + count + " recommendation(s)");
        return renderer.render(new Letter(report.title(), parts), format);
    }
}

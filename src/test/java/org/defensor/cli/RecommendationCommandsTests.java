package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.defensor.cli.Cli.Run;
import org.defensor.shared.KeyedIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recommendations commands on a data folder holding the demo data: every recommendation the seed
 * documents quote, and 140.111 assessed as not implemented on the incidents whose complaints went nowhere.
 */
class RecommendationCommandsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    @BeforeAll
    static void loadTheDemoData() {
        try (Launcher.Running app = Launcher.start(data, true, Map.of("defensor.demo", true, "server.port", 0))) {
            assertThat(app).isNotNull();
        }
    }

    private static String[] onDemo(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new);
    }

    private static List<String> field(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(name).asText()).toList();
    }

    @Test
    void theDemoHoldsEveryRecommendationTheSeedsQuoteInDocumentOrder() throws Exception {
        Run upr = Cli.run(onDemo("recommendations", "list", "--state", "kaz", "--mechanism", "upr", "--format", "json"));
        assertThat(upr.exit()).as(upr.err()).isZero();
        assertThat(field(JSON.readTree(upr.out()), "identifier")).containsExactly("140.49", "140.92", "140.96", "140.103", "140.110",
                "140.111", "140.112", "140.213", "140.288", "140.290");
        assertThat(field(JSON.readTree(upr.out()), "position")).containsOnly("SUPPORTED");
        Run ccpr = Cli.run(onDemo("recommendations", "list", "--document", "CCPR/C/KAZ/CO/3", "--format", "json"));
        assertThat(field(JSON.readTree(ccpr.out()), "identifier")).containsExactly("12", "14(a)", "14(c)", "22(c)", "22(e)", "52", "54",
                "54(a)", "54(b)");
        Run cedaw = Cli.run(onDemo("recommendations", "list", "--document", "CEDAW/C/KAZ/CO/5", "--format", "json"));
        assertThat(field(JSON.readTree(cedaw.out()), "identifier")).containsExactly("12(a)", "14(b)", "18(a)", "18(b)", "26(f)",
                "48(b)(iii)", "48(b)(v)");
        Run cescr = Cli.run(onDemo("recommendations", "list", "--document", "E/C.12/KAZ/CO/2", "--format", "json"));
        assertThat(field(JSON.readTree(cescr.out()), "identifier")).containsExactly("8", "9", "11(a)", "11(c)", "15");
        Run ngo = Cli.run(onDemo("recommendations", "list", "--mechanism", "other", "--format", "json"));
        assertThat(JSON.readTree(ngo.out())).hasSize(16);
        assertThat(JSON.readTree(ngo.out()).get(0).get("text").asText()).startsWith("Allow an independent international inquiry");

        Run table = Cli.run(onDemo("recommendations", "list", "--status", "not_implemented"));
        assertThat(table.out()).contains("UPR 140.111", "UPR 140.103", "NOT_IMPLEMENTED", "2 recommendation(s)");
    }

    @Test
    void theDashboardsCountsOfTheDemoShowTheTwoRecommendationsAssessedAsNotImplemented() throws Exception {
        Run json = Cli.run(onDemo("recommendations", "counts", "--state", "KAZ", "--format", "json"));
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode counts = JSON.readTree(json.out());
        JsonNode byStatus = counts.get("byStatus").get("counts");
        assertThat(field(byStatus, "label")).containsExactly("Not implemented", "Not assessed");
        assertThat(byStatus.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(byStatus.get(1).get("count").asInt()).isEqualTo(counts.get("total").asInt() - 2);

        Run table = Cli.run(onDemo("recommendations", "counts", "--mechanism", "upr"));
        assertThat(table.out()).contains("10 recommendation(s)", "By position", "Supported", "By theme");
    }

    @Test
    void recommendation140_111ShowsTheIncidentsWhoseComplaintsLedToNoAccountabilityEachWithANote() {
        String id = KeyedIds.of("recommendation/upr-kaz-2025/140.111").toString();
        Run show = Cli.run(onDemo("recommendations", "show", id));
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("UPR 140.111", "hold accountable all those responsible", "Position: SUPPORTED",
                "Latest assessment: NOT_IMPLEMENTED", "Evidence (5):",
                "Harassment, intimidation and arbitrary detention of Serzhan and Sekerbayeva in Shymkent (2021)",
                "Attempted vehicle assault", "Disruption of the 'lesbian kurultay'", "Disruption of the human rights education event",
                "Second disruption of the education event", "no measures were taken to hold the driver accountable");
        // Evidence in date order: Shymkent 2021, July 2023, October 2024, 13 and 14 February 2025.
        String out = show.out();
        assertThat(out.indexOf("Shymkent")).isLessThan(out.indexOf("Attempted vehicle"));
        assertThat(out.indexOf("Attempted vehicle")).isLessThan(out.indexOf("lesbian kurultay"));
        assertThat(out.indexOf("lesbian kurultay")).isLessThan(out.indexOf("Second disruption"));

        Run bad = Cli.run(onDemo("recommendations", "show", "140.111"));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'140.111' is not a recommendation id");
        Run badState = Cli.run(onDemo("recommendations", "list", "--state", "Kazakhstan"));
        assertThat(badState.exit()).isEqualTo(2);
    }

    @TempDir
    Path out;

    @Test
    void theAuditChainVerifiesIntactAfterTheDemoRecommendationsTheirLinksAndAssessmentsWereWritten() {
        Run verify = Cli.run(onDemo("audit", "verify"));
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void theImplementationReportForKazakhstanListsRecommendation140_111UnderItsThemeWithItsEvidenceInHtmlDocxAndPdf() throws Exception {
        Run html = Cli.run(onDemo("report", "implementation", "--state", "KAZ", "--mechanism", "UPR", "--format", "html"));
        assertThat(html.exit()).as(html.err()).isZero();
        String page = html.out();
        assertThat(page).contains("Implementation of UPR recommendations: KAZ", "Impunity", "UPR 140.111", "Position: Supported",
                "Assessment: Not implemented", "Evidence: 29 July 2023 — Attempted vehicle assault");
        // Under its theme, after the heading, with the evidence oldest first.
        assertThat(page.indexOf("Impunity")).isLessThan(page.indexOf("UPR 140.111"));
        assertThat(page.indexOf("Shymkent")).isLessThan(page.indexOf("Attempted vehicle"));
        assertThat(page).doesNotContain("CCPR/C/KAZ/CO/3");

        Path docx = out.resolve("kaz-upr.docx");
        Run word = Cli.run(onDemo("report", "implementation", "--state", "kaz", "--mechanism", "upr", "--format", "docx", "-o", docx.toString()));
        assertThat(word.exit()).as(word.err()).isZero();
        String text;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertThat(text).contains("Impunity", "UPR 140.111", "Assessment: Not implemented",
                "Disruption of the 'lesbian kurultay'", "Second disruption of the education event",
                "Harassment, intimidation and arbitrary detention of Serzhan and Sekerbayeva in Shymkent (2021)");
        assertThat(text.indexOf("Impunity")).isLessThan(text.indexOf("UPR 140.111"));

        Path pdf = out.resolve("kaz-upr.pdf");
        Run printed = Cli.run(onDemo("report", "implementation", "--state", "KAZ", "--mechanism", "UPR", "--format", "pdf", "-o", pdf.toString()));
        assertThat(printed.exit()).as(printed.err()).isZero();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("UPR 140.111", "Not implemented", "Attempted vehicle assault");
        }
        Run noFile = Cli.run(onDemo("report", "implementation", "--format", "pdf"));
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("--output");
    }
}

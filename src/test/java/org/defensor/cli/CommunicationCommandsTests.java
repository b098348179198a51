package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.defensor.cli.Cli.Run;
import org.defensor.records.Incidents;
import org.defensor.shared.Clearance;
import org.defensor.shared.KeyedIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The communications and letter commands, and the letter benchmark, run in-process on a data folder
 * holding the demo data: the seed documents' incidents and the communications AL KAZ 4/2019 (replied
 * twice), 4/2021 (replied), 3/2024 and 4/2025 (never replied).
 */
class CommunicationCommandsTests {

    private static final List<String> INCIDENTS = List.of("incident/2025-02-13-event-disruption",
            "incident/2025-02-14-event-disruption", "incident/2025-02-28-arrest-detention");

    @TempDir
    static Path data;

    /** The titles of {@link #INCIDENTS}, in that order. */
    static List<String> titles;

    @TempDir
    Path files;

    @BeforeAll
    static void loadTheDemoData() {
        // The demo data loads with the web application, as `serve --demo` does.
        try (Launcher.Running app = Launcher.start(data, true, Map.of("defensor.demo", true, "server.port", 0))) {
            Incidents incidents = app.bean(Incidents.class);
            titles = Clearance.asSystem(() -> INCIDENTS.stream().map(key -> incidents.get(KeyedIds.of(key)).title()).toList());
        }
    }

    private static String[] onDemo(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new);
    }

    private static String ids(List<String> keys) {
        return String.join(",", keys.stream().map(k -> KeyedIds.of(k).toString()).toList());
    }

    @Test
    void listsOnlyTheCommunicationsPastTheirDeadlineWithoutAReplyWithTheDaysOverdue() {
        Run overdue = Cli.run(onDemo("communications", "list", "--overdue"));
        assertThat(overdue.exit()).as(overdue.err()).isZero();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Sent 29 August 2024 and 25 September 2025, 60 days to reply.
        assertThat(overdue.out())
                .containsPattern("AL KAZ 3/2024\\s+AL\\s+KAZ\\s+OVERDUE\\s+2024-08-29\\s+2024-10-28\\s+"
                        + ChronoUnit.DAYS.between(LocalDate.of(2024, 10, 28), today) + "\\n")
                .containsPattern("AL KAZ 4/2025\\s+AL\\s+KAZ\\s+OVERDUE\\s+2025-09-25\\s+2025-11-24\\s+"
                        + ChronoUnit.DAYS.between(LocalDate.of(2025, 11, 24), today) + "\\n")
                .doesNotContain("AL KAZ 4/2019", "AL KAZ 4/2021")
                .contains("2 communication(s)");
    }

    @Test
    void listsAsJsonWithTheFilters() throws Exception {
        Run replied = Cli.run(onDemo("communications", "list", "--status", "replied", "--country", "kaz", "--format", "json"));
        assertThat(replied.exit()).as(replied.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(replied.out());
        assertThat(rows.findValuesAsText("reference")).containsExactly("AL KAZ 4/2021", "AL KAZ 4/2019");
        assertThat(rows.get(0).get("deadline").asText()).isEqualTo("2021-09-13");
        assertThat(rows.get(0).get("daysOverdue").isNull()).isTrue();

        Run badCountry = Cli.run(onDemo("communications", "list", "--country", "Kazakhstan"));
        assertThat(badCountry.exit()).isEqualTo(2);
        assertThat(badCountry.err()).contains("--country", "'Kazakhstan' is not an ISO 3166-1 alpha-3 code");
    }

    @Test
    void draftsALetterAndWritesTheDocxWithTheAccountabilityQuestionNamingEachIncident() throws Exception {
        Path docx = files.resolve("letter.docx");
        Run drafted = Cli.run(onDemo("letter", "draft", "--incidents", ids(INCIDENTS), "--mandates", "SR HRD,sr foaa",
                "--questions", "question.comments,question.accountability", "--format", "docx", "-o", docx.toString()));
        assertThat(drafted.exit()).as(drafted.err()).isZero();
        assertThat(drafted.out()).containsPattern("Drafted AL KAZ \\d+/\\d{4} \\(id [0-9a-f-]{36}\\)").contains("Wrote " + docx);
        String reference = drafted.out().replaceAll("(?s).*Drafted (AL KAZ \\d+/\\d{4}).*", "$1");

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains(reference);
            List<String> questions = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).map(XWPFParagraph::getText)
                    .toList();
            assertThat(questions).hasSize(2);
            assertThat(questions.get(1)).contains("held to account");
            titles.forEach(title -> assertThat(questions.get(1)).contains(title));
        }

        // The draft is a communication like any other: listed, and rendered again by its reference.
        Path html = files.resolve("public.html");
        Run rendered = Cli.run(onDemo("letter", "render", "--communication", reference, "--format", "html", "--redacted",
                "-o", html.toString()));
        assertThat(rendered.exit()).as(rendered.err()).isZero();
        assertThat(Files.readString(html)).contains(reference, "held to account");
    }

    @Test
    void rendersAnExistingCommunicationFoundByItsReference() throws Exception {
        Path pdf = files.resolve("AL-KAZ-4-2025.pdf");
        Run rendered = Cli.run(onDemo("letter", "render", "--communication", "al kaz 4/2025", "--format", "PDF",
                "-o", pdf.toString()));
        assertThat(rendered.exit()).as(rendered.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        Run unknown = Cli.run(onDemo("letter", "render", "--communication", "AL KAZ 9/2025", "--format", "pdf"));
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--communication: no communication AL KAZ 9/2025");
    }

    @Test
    void aDraftNamingAnUnknownIncidentOrQuestionIsRefusedNamingEachOptionAndCreatesNothing() {
        String unknown = UUID.randomUUID().toString();
        Path docx = files.resolve("refused.docx");
        // To UZB, where the demo has no communication: any draft made would show in its list.
        Run refused = Cli.run(onDemo("letter", "draft", "--incidents", KeyedIds.of(INCIDENTS.get(0)) + "," + unknown,
                "--questions", "question.accountability,question.nonsense", "--mandates", "SR HRD", "--country", "UZB",
                "--format", "docx", "-o", docx.toString()));
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--incidents: no incident with id " + unknown + " ([1])",
                "--questions: no question 'question.nonsense' in the question bank ([1])");
        assertThat(docx).doesNotExist();
        assertThat(Cli.run(onDemo("communications", "list", "--country", "UZB")).out()).contains("0 communication(s)");

        Run notAnId = Cli.run(onDemo("letter", "draft", "--incidents", "shymkent", "--mandates", "SR HRD", "--format", "docx"));
        assertThat(notAnId.exit()).isEqualTo(2);
        assertThat(notAnId.err()).contains("--incidents: 'shymkent' is not an incident id");

        Run badFormat = Cli.run(onDemo("letter", "draft", "--incidents", unknown, "--mandates", "SR HRD", "--format", "odt"));
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format", "odt");

        Run intoAFolder = Cli.run(onDemo("letter", "draft", "--incidents", ids(INCIDENTS), "--mandates", "SR HRD",
                "--country", "UZB", "--format", "docx", "-o", files.toString()));
        assertThat(intoAFolder.exit()).isEqualTo(2);
        assertThat(intoAFolder.err()).contains("--output: " + files + " is a folder");
        assertThat(Cli.run(onDemo("communications", "list", "--country", "UZB")).out()).contains("0 communication(s)");
    }

    @Test
    void aDraftFromAnUnknownMandateIsRefusedNamingTheOption() {
        Run refused = Cli.run(onDemo("letter", "draft", "--incidents", ids(INCIDENTS), "--mandates", "SR Nonsense",
                "--format", "html", "-o", files.resolve("x.html").toString()));
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--mandates: no mandate 'SR Nonsense' in the catalogue");
        assertThat(files.resolve("x.html")).doesNotExist();
    }

    @Test
    void benchmarksLettersOnGeneratedIncidentsInAThrowawayFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = throwaways(tmp);
        Run bench = Cli.run("bench", "letter", "--incidents", "3", "--rounds", "1");
        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(bench.out())
                .containsPattern("Letter benchmark: 3 incidents \\(generated in a throwaway folder\\), 2 questions, [1-9]\\d* "
                        + "provisions in the annex, 1 rounds")
                .containsPattern("assembly \\(baseline\\)(\\s+\\d+\\.\\d\\d){3}\\s+-\\s+1\\.0x\\s+1\\.0x")
                .contains("ratio = format time / baseline time");
        for (String format : List.of("DOCX", "PDF", "HTML")) {
            assertThat(bench.out()).containsPattern(format + "(\\s+\\d+\\.\\d\\d){3}\\s+\\d+\\.\\d\\s+\\d+\\.\\dx\\s+\\d+\\.\\dx");
        }
        assertThat(throwaways(tmp)).isEqualTo(before);
    }

    @Test
    void benchmarksLettersOnAGivenDataFolderAndLeavesNoDraftThere() {
        Path folder = files.resolve("data");
        assertThat(Cli.run("import", "samples/demo.json", "--data", folder.toString()).exit()).isZero();
        Run bench = Cli.run("bench", "letter", "--incidents", "3", "--rounds", "1", "--data", folder.toString());
        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("Letter benchmark: 3 incidents (from " + folder + ")", "PDF", "ratio p50");
        assertThat(Cli.run("communications", "list", "--data", folder.toString()).out()).contains("0 communication(s)");

        Run tooMany = Cli.run("bench", "letter", "--incidents", "5000", "--rounds", "1", "--data", folder.toString());
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err()).containsPattern("--incidents: the data folder has only \\d+ incident\\(s\\) in KAZ");
    }

    private static List<Path> throwaways(Path tmp) throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("defensor-bench-letter-")).sorted().toList();
        }
    }
}

package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.defensor.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The defensor commands, run in-process on a real data folder (H2 file database and Lucene index). */
class CommandLineTests {

    @TempDir
    Path data;

    /** Outside the data folder: unencrypted exports are refused inside it. */
    @TempDir
    Path elsewhere;

    private static Run run(String... args) {
        return Cli.run(args);
    }

    private String[] withData(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return all;
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("serve", "import", "export", "reindex", "user", "generate", "bench", "communications",
                "letter", "search");
    }

    @Test
    void everySubcommandAnswersHelpWithItsOptions() {
        Run help = run("import", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--partial", "--data");

        Run list = run("communications", "list", "--help");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("--overdue", "--country", "--type", "--year", "--status", "--format", "--data");

        Run draft = run("letter", "draft", "--help");
        assertThat(draft.exit()).isZero();
        assertThat(draft.out()).contains("--incidents", "--persons", "--mandates", "--questions", "--type", "--country",
                "--format", "--output", "--redacted", "--data");

        Run render = run("letter", "render", "--help");
        assertThat(render.exit()).isZero();
        assertThat(render.out()).contains("--communication", "--format", "--output", "--redacted");

        Run bench = run("bench", "letter", "--help");
        assertThat(bench.exit()).isZero();
        assertThat(bench.out()).contains("--incidents", "--rounds", "--data", "--country", "--mandates");
        assertThat(run("bench", "--help").out()).contains("search", "letter", "crash");
    }

    @Test
    void importsTheDemoDataThenExportsItAndReindexes() throws Exception {
        Path demo = Path.of("samples/demo.json");
        Run imported = run(withData("import", demo.toString()));
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).containsPattern("Imported \\d+ incidents");

        Path exported = elsewhere.resolve("export.json");
        Run export = run(withData("export", "-o", exported.toString(), "--unencrypted"));
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(exported)).contains("\"format\" : \"defensor-dataset\"", "Zhanar Sekerbayeva");

        Run reindex = run(withData("reindex"));
        assertThat(reindex.exit()).isZero();
        assertThat(reindex.out()).contains("Index rebuilt");
    }

    @Test
    void aBadFileIsRefusedWithEveryBadRecordAndNothingImported() throws Exception {
        Path bad = data.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "defensor-dataset", "formatVersion": 1,
                 "persons": [{"id": "p/1", "name": "Fine"}, {"id": "p/2", "name": ""}, {"id": "p/3", "name": "", "kind": "GROUP"}]}""");
        Run refused = run(withData("import", bad.toString()));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("persons[1]", "persons[2]", "nothing imported", "--partial");

        Run partial = run(withData("import", "--partial", bad.toString()));
        assertThat(partial.exit()).isZero();
        assertThat(partial.out()).contains("2 bad record(s) left out");

        Path malformed = data.resolve("malformed.json");
        Files.writeString(malformed, "{\"format\": ");
        Run broken = run(withData("import", malformed.toString()));
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("malformed.json", "line 1");
    }

    @Test
    void addsAccountsAndIssuesTokens() {
        Run added = run(withData("user", "add", "maria", "--role", "EDITOR"));
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Created editor 'maria' with password");

        Run again = run(withData("user", "add", "maria", "--role", "VIEWER"));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("'maria' is taken");

        Run token = run(withData("user", "token", "maria"));
        assertThat(token.exit()).isZero();
        assertThat(token.out()).startsWith("dfs_");

        Run badRole = run(withData("user", "add", "x", "--role", "KING"));
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("KING");
    }

    @Test
    void makesTheSecondFactorMandatoryOrOptionalAndResetsAnAccounts() {
        assertThat(run(withData("user", "add", "lena", "--role", "VIEWER")).exit()).isZero();
        Run on = run(withData("user", "second-factor", "--mandatory", "on"));
        assertThat(on.exit()).as(on.err()).isZero();
        assertThat(on.out()).contains("Second factor: mandatory");

        Run reset = run(withData("user", "second-factor", "--reset", "lena", "--mandatory", "off"));
        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("'lena' had no second factor", "Second factor: optional");

        assertThat(run(withData("user", "second-factor", "--reset", "nobody")).err()).contains("no such account");
        assertThat(run(withData("user", "second-factor", "--mandatory", "maybe")).exit()).isEqualTo(2);
    }

    @Test
    void generatesTheSameRecordsForTheSameSeedAndBenchmarksSearch() throws Exception {
        Run generated = run(withData("generate", "--incidents", "300", "--seed", "7"));
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("Generated 300 incidents");

        Path first = elsewhere.resolve("first.json");
        run(withData("export", "-o", first.toString(), "--unencrypted"));
        Path otherData = elsewhere.resolve("other");
        Run again = run("generate", "--incidents", "300", "--seed", "7", "--data", otherData.toString());
        assertThat(again.exit()).isZero();
        Path second = elsewhere.resolve("second.json");
        run("export", "-o", second.toString(), "--unencrypted", "--data", otherData.toString());
        assertThat(Files.readString(second).replaceAll("\"version\" : \\d+", ""))
                .isEqualTo(Files.readString(first).replaceAll("\"version\" : \\d+", ""));

        Run bench = run(withData("bench", "search", "--rounds", "3"));
        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("300 incidents indexed", "Defensor search     p50", "Plain Lucene", "Ratio Defensor/Lucene",
                "Lucene same work", "Ratio Defensor/Lucene same work",
                "Same total, top 20 and filter counts as Lucene same work: 10 of 10 queries")
                .contains("exact AND query").doesNotContain("DIFFERENT");

        Run page = run(withData("search", "police", "complaint", "--type", "incident", "--page", "2", "--size", "5"));
        assertThat(page.exit()).as(page.err()).isZero();
        assertThat(page.out()).containsPattern("6-10 of \\d+ result\\(s\\), page 2 of \\d+").contains("[police]", "Next page: --page 3");
        Run misspelled = run(withData("search", "polise", "complaint", "--type", "incident"));
        assertThat(misspelled.out()).contains("0 results", "Did you mean: police complaint");
    }

    @Test
    void refusesToOpenADataFolderAnotherProcessHasOpen() {
        try (Launcher.Running server = Launcher.start(data, false, Map.of())) {
            Run export = run(withData("export"));
            assertThat(export.exit()).isEqualTo(1);
            assertThat(export.err()).contains("is in use by another Defensor process", "/api/v1/dataset");
        }
    }
}

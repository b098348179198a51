package org.defensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.defensor.cli.Cli.Run;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** `defensor recommendations import FILE --mapping M [--partial]` on a fresh data folder, in order: a file, its re-import, bad files. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecommendationImportCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    @TempDir
    static Path files;

    private static final String MAPPING = """
            columns:
              identifier: Recommendation number
              text: Recommendation
              recommendingStates: Recommending State
              position: Response
              themes: Themes
            values:
              mechanism: UPR
              stateUnderReview: KAZ
              document: UPR KAZ 2025
              cycle: 4th cycle
              confidentiality: PUBLIC
            positions:
              Supported: SUPPORTED
              Noted: NOTED
            separator: ";"
            """;

    private static Path file(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text);
    }

    private static Run run(String... args) {
        return Cli.run(Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new));
    }

    private static JsonNode list() throws Exception {
        Run list = run("recommendations", "list", "--state", "KAZ", "--format", "json");
        assertThat(list.exit()).as(list.err()).isZero();
        return JSON.readTree(list.out());
    }

    @Test
    @Order(1)
    void aFileImportsThroughItsMappingWithQuotedCellsAndPositionsAsTheFileWritesThem() throws Exception {
        Path mapping = file("mapping.yaml", MAPPING);
        Path csv = file("upr.csv", """
                Recommendation number,Recommendation,Recommending State,Response,Themes
                140.111,"fully protect freedom of expression, and peaceful assembly \"\"online and offline\"\"",DEU;FRA,Supported,IMPUNITY;FREEDOM_OF_ASSEMBLY
                140.92,"protect the right to freedom of expression
                and assembly",NOR,Supported,FREEDOM_OF_EXPRESSION
                140.9,decriminalise defamation,SWE,Noted,
                """);
        Run imported = run("recommendations", "import", csv.toString(), "--mapping", mapping.toString());
        assertThat(imported.exit()).as(imported.err() + imported.out()).isZero();
        assertThat(imported.out()).contains("3 rows, 3 created, 0 updated, 0 unchanged, 0 refused");
        JsonNode rows = list();
        assertThat(rows.findValuesAsText("identifier")).containsExactly("140.9", "140.92", "140.111");
        assertThat(rows.get(2).get("text").asText()).isEqualTo("fully protect freedom of expression, and peaceful assembly \"online and offline\"");
        assertThat(rows.get(1).get("text").asText()).isEqualTo("protect the right to freedom of expression\nand assembly");
        assertThat(rows.get(2).get("recommendingStates").toString()).isEqualTo("[\"DEU\",\"FRA\"]");
        assertThat(rows.get(0).get("position").asText()).isEqualTo("NOTED");
    }

    @Test
    @Order(2)
    void aReImportUpdatesWhatChangedAndNeverErasesAFieldWithoutAColumn() throws Exception {
        // No themes column this time: the themes stay. One text changed; the others are as stored.
        Path mapping = file("mapping-no-themes.yaml", MAPPING.replace("  themes: Themes\n", ""));
        Path csv = file("upr-again.csv", """
                Recommendation number,Recommendation,Recommending State,Response
                140.111,"fully protect freedom of expression, and peaceful assembly \"\"online and offline\"\"",DEU;FRA,Supported
                140.92,"protect the right to freedom of expression and assembly (corrected)",NOR,Supported
                140.9,decriminalise defamation,SWE,Noted
                """);
        Run imported = run("recommendations", "import", csv.toString(), "--mapping", mapping.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("3 rows, 0 created, 1 updated, 2 unchanged");
        JsonNode rows = list();
        assertThat(rows.get(1).get("text").asText()).endsWith("(corrected)");
        assertThat(rows.get(1).get("themes").toString()).contains("FREEDOM_OF_EXPRESSION");
        assertThat(rows.get(2).get("themes")).hasSize(2);
    }

    @Test
    @Order(3)
    void badRowsAreEachReportedWithRowColumnAndReasonAndNothingIsImportedUnlessPartial() throws Exception {
        Path mapping = file("mapping.yaml", MAPPING);
        Path csv = file("bad.csv", """
                Recommendation number,Recommendation,Recommending State,Response,Themes
                140.200,a good one,DEU,Supported,
                140.201,unknown position,DEU,Maybe,
                140.200,the same identifier again,DEU,Supported,
                140.202,a State that is not one,Germany,Supported,
                para 9,not an identifier,DEU,Supported,
                140.203,an unknown theme,DEU,Supported,PEACE
                140.204,another good one,DEU,Noted,
                """);
        Run refused = run("recommendations", "import", csv.toString(), "--mapping", mapping.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("Nothing imported", "5 problem(s) in 7 rows");
        assertThat(refused.err()).contains(csv + ":3: Response: 'Maybe' is not a position",
                csv + ":4: Recommendation number: 140.200 appears twice in UPR KAZ 2025 (rows 2 and 4)",
                csv + ":5: Recommending State: 'GERMANY' is not an ISO 3166-1 alpha-3 code",
                csv + ":6: Recommendation number: 'para 9' is not an identifier",
                csv + ":7: Themes: 'PEACE' is not a theme");
        assertThat(list()).hasSize(3);

        Run partial = run("recommendations", "import", csv.toString(), "--mapping", mapping.toString(), "--partial");
        assertThat(partial.exit()).isEqualTo(1);
        assertThat(partial.out()).contains("7 rows, 2 created, 0 updated, 0 unchanged, 5 refused");
        assertThat(list().findValuesAsText("identifier")).contains("140.200", "140.204").doesNotContain("140.201", "140.203");
    }

    @Test
    @Order(4)
    void aMissingMappedColumnAnUnreadableFileAndABadMappingAreRefusedBeforeAnyRow() throws Exception {
        Path mapping = file("mapping.yaml", MAPPING);
        Path csv = file("no-response.csv", """
                Recommendation number,Recommendation,Recommending State,Themes
                140.300,text,DEU,
                """);
        Run missing = run("recommendations", "import", csv.toString(), "--mapping", mapping.toString(), "--partial");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains(csv + ":1: Response: is mapped to position but is not a column of the file");
        assertThat(list().findValuesAsText("identifier")).doesNotContain("140.300");

        Run unreadable = run("recommendations", "import", files.resolve("nowhere.csv").toString(), "--mapping", mapping.toString());
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.err()).contains("cannot read");
        Path badMapping = file("bad-mapping.yaml", "columns:\n  number: Recommendation number\n");
        Run bad = run("recommendations", "import", csv.toString(), "--mapping", badMapping.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'number' is not a field of a recommendation", "'identifier' is required");
    }

    @Test
    @Order(5)
    void theAuditChainVerifiesIntactAfterTheImports() {
        Run verify = run("audit", "verify");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    }
}

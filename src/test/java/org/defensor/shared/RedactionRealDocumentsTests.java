package org.defensor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.defensor.shared.Redaction.Name;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The redaction on real documents it was not tuned on: the seed letters and the other real letters,
 * replies and submissions kept next to the project (a {@code shared} folder with {@code seeds} and
 * {@code realdocs}, found by walking up from the working directory, or {@code -Ddefensor.shared=DIR}).
 * They are third-party texts, read where they are, never copied into the project. Skipped when absent.
 */
class RedactionRealDocumentsTests {

    private static Path shared() {
        String given = System.getProperty("defensor.shared");
        if (given != null) {
            return Path.of(given);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/realdocs")) && Files.isDirectory(p.resolve("shared/seeds"))) {
                return p.resolve("shared");
            }
        }
        return null;
    }

    /** The documents of a folder, each from the line after its {@code -----} header line (the seeds have none). */
    private static List<String> documents(String folder, String prefix) throws IOException {
        Path dir = shared();
        Assumptions.assumeTrue(dir != null, "no shared/realdocs and shared/seeds next to the project");
        List<String> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve(folder))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int header = text.indexOf("\n-----\n");
                docs.add(header >= 0 ? text.substring(header + 7) : text);
            }
        }
        Assumptions.assumeFalse(docs.isEmpty(), "no documents in " + folder);
        return docs;
    }

    private static final List<Name> SEED_NAMES = List.of(Name.person("Sekerbayeva", "Zhanar Sekerbayeva", "Sekerbaeva"),
            Name.person("Serzhan", "Gulzada Serzhan"), Name.organisation("Feminita", "Feminita Kazakhstan Feminist Initiative", "Feminita"));

    private static final List<Name> CHINA = Stream.of("Wang Jianbing", "Yang Maodong", "Tang Jitian", "Qin Yongpei", "Ding Jiaxi",
            "Li Qiaochu", "Xu Zhiyong", "Chang Weiping", "Zhang Qing", "Gao Zhisheng", "Guo Feixiong")
            .map(n -> Name.person(n, n)).toList();

    private static final List<Name> REALDOC_NAMES = Stream.concat(CHINA.stream(),
            Stream.of(Name.person("Bini", "Ola Bini"), Name.person("Fajon", "Tanja Fajon"))).toList();

    /** Words (letters only, lower case) of the text that are one of the persons' words of three letters or more. */
    private static List<String> nameWordsLeft(String text, List<Name> names) {
        List<String> parts = names.stream().filter(Name::person).flatMap(n -> n.spellings().stream())
                .flatMap(s -> Arrays.stream(s.toLowerCase(Locale.ROOT).split("\\s+"))).filter(w -> w.length() >= 3).toList();
        return Arrays.stream(text.replace("\u00AD", "").toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(parts::contains).toList();
    }

    @Test
    void theSeedLettersNameNeitherDefenderNorTheirOrganisationOnceRedacted() throws IOException {
        Redaction r = Redaction.of(SEED_NAMES);
        for (String doc : documents("seeds", "0")) {
            String redacted = r.apply(doc);
            assertThat(nameWordsLeft(redacted, SEED_NAMES)).isEmpty();
            assertThat(redacted.toLowerCase(Locale.ROOT)).doesNotContain("sekerba", "serzhan", "zhanar", "gulzada", "feminita");
            assertThat(r.residue(redacted)).isEmpty();
        }
    }

    @Test
    void theRealLettersNameNoneOfTheirDefendersOnceRedacted() throws IOException {
        Redaction r = Redaction.of(REALDOC_NAMES);
        int marks = 0;
        for (String doc : documents("realdocs", "")) {
            String redacted = r.apply(doc);
            assertThat(nameWordsLeft(redacted, REALDOC_NAMES)).isEmpty();
            assertThat(r.residue(redacted)).isEmpty();
            marks += redacted.split(java.util.regex.Pattern.quote(Redaction.MARK), -1).length - 1;
        }
        assertThat(marks).isGreaterThan(100);
    }

    @Test
    void documentsThatNameNoneOfThePersonsAreUnchanged() throws IOException {
        Redaction seedNames = Redaction.of(SEED_NAMES);
        for (String doc : documents("realdocs", "")) {
            assertThat(seedNames.apply(doc)).isEqualTo(doc);
        }
        Redaction otherNames = Redaction.of(REALDOC_NAMES);
        for (String doc : documents("seeds", "0")) {
            assertThat(otherNames.apply(doc)).isEqualTo(doc);
        }
    }

    @Test
    void redactionRemovesNoMoreWordsThanTheNamesHave() throws IOException {
        Redaction r = Redaction.of(REALDOC_NAMES);
        for (String doc : documents("realdocs", "UA_")) {
            long before = words(doc);
            long named = nameWordsLeft(doc, REALDOC_NAMES).size();
            long after = words(r.apply(doc).replace(Redaction.MARK, " "));
            assertThat(before - after).isBetween(named, named + named / 2);
        }
    }

    private static long words(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).count();
    }
}

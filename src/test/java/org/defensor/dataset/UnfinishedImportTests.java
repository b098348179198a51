package org.defensor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.defensor.DefensorApplication;
import org.defensor.records.ActData;
import org.defensor.records.IncidentData;
import org.defensor.records.ProceedingData;
import org.defensor.search.SearchIndex;
import org.defensor.shared.Clearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import killed before its commit, whose records the database kept in part (as H2's MVStore may after
 * a kill), is rolled back at the next start through its journal: every record it lists is gone with its
 * parts, registry rows and audit entries, the log says so in counts, the index matches, and the same file
 * then goes in. A committed import whose journal was left is kept. On the embedded default (an H2 file).
 */
@ExtendWith(OutputCaptureExtension.class)
class UnfinishedImportTests {

    private static final List<String> TABLES = List.of("source", "organisation", "person", "incident", "act", "proceeding",
            "decision", "incident_theme", "act_victim", "record_id", "audit_event");

    @TempDir
    Path data;

    /** Extra arguments choosing the database; none for the embedded H2 file. */
    String[] database() {
        return new String[0];
    }

    private String[] arguments;

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--defensor.data-dir=" + data, "--spring.main.banner-mode=off"));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(DefensorApplication.class).web(WebApplicationType.NONE).run(args.toArray(String[]::new));
    }

    @Test
    void anImportThatDidNotCommitIsRolledBackAtTheNextStartAndItsFileThenGoesIn(CapturedOutput output) throws IOException {
        arguments = database();
        Dataset committed = null;
        Dataset killed = null;
        Map<String, Long> before;
        int kept;
        UUID killedImport = UUID.randomUUID();
        try (ConfigurableApplicationContext app = start()) {
            DatasetTransfer transfer = app.getBean(DatasetTransfer.class);
            committed = transfer.synthetic(6, 31);
            killed = transfer.synthetic(20, 32);
            Dataset first = committed;
            assertThat(Clearance.asSystem(() -> transfer.importDataset(first, false)).committed()).isTrue();
            before = rows(app);

            // What a killed import may leave on H2: part of its records, with their ids registered and their creation audited.
            Dataset part = new Dataset(Dataset.FORMAT, Dataset.VERSION, killed.sources(), killed.organisations(),
                    killed.persons().subList(0, killed.persons().size() / 2), killed.incidents().subList(0, 10), List.of(), List.of());
            ImportReport partial = Clearance.asSystem(() -> transfer.importDataset(part, true));
            assertThat(partial.committed()).isTrue();
            kept = partial.imported();
            assertThat(kept).isPositive().isLessThan(total(killed));
            assertThat(rows(app).get("act")).isGreaterThan(before.get("act"));
        }
        // The journal the killed import wrote before its transaction, never marked committed; and the journal of the
        // committed import, left by a kill between its commit and its deletion.
        writeJournal("import-" + killedImport + ".json", killedImport, killed);
        UUID committedImport = UUID.randomUUID();
        writeJournal("import-" + committedImport + ".committed.json", committedImport, committed);

        try (ConfigurableApplicationContext app = start()) {
            assertThat(output.getOut()).contains("An import did not complete: rolled back " + kept + " records (journal import-"
                    + killedImport + ")");
            // Ids and counts only in the log.
            killed.persons().forEach(p -> assertThat(output.getOut()).doesNotContain(p.name()));
            assertThat(app.getBean(UnfinishedImports.class).rolledBackAtStart())
                    .containsExactly(new UnfinishedImports.RolledBack("import-" + killedImport, kept));

            Map<String, Long> after = rows(app);
            // One audit entry more: the rollback itself.
            assertThat(after.get("audit_event")).isEqualTo(before.get("audit_event") + 1);
            after.remove("audit_event");
            Map<String, Long> expected = new LinkedHashMap<>(before);
            expected.remove("audit_event");
            assertThat(after).isEqualTo(expected);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            for (UUID id : ids(killed)) {
                assertThat(jdbc.queryForObject("select count(*) from record_id where id = ?", Long.class, id)).isZero();
                assertThat(jdbc.queryForObject("select count(*) from audit_event where record_id = ?", Long.class, id.toString()))
                        .isZero();
            }
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'roll back' and record_type = 'import'"
                    + " and record_id = ?", Long.class, killedImport.toString())).isOne();
            for (UUID id : ids(committed)) {
                assertThat(jdbc.queryForObject("select count(*) from record_id where id = ?", Long.class, id)).isOne();
            }
            assertThat(journals()).isEmpty();
            assertThat(app.getBean(SearchIndex.class).check().differences()).isZero();
            // The entries of the rolled-back records are gone and the chain after them is whole again.
            assertThat(app.getBean(org.defensor.audit.AuditChainVerifier.class).verify().problems()).isEmpty();

            DatasetTransfer transfer = app.getBean(DatasetTransfer.class);
            Dataset again = killed;
            ImportReport reimported = Clearance.asSystem(() -> transfer.importDataset(again, false));
            assertThat(reimported.committed()).as("%s", reimported.problems()).isTrue();
            assertThat(reimported.imported()).isEqualTo(total(killed));
            assertThat(journals()).isEmpty();
        }

        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(UnfinishedImports.class).rolledBackAtStart()).isEmpty();
            assertThat(rows(app).get("incident")).isEqualTo(before.get("incident") + killed.incidents().size());
        }
    }

    private static int total(Dataset d) {
        return d.sources().size() + d.organisations().size() + d.persons().size() + d.incidents().size() + d.communications().size()
                + d.replies().size();
    }

    private static List<UUID> ids(Dataset d) {
        List<UUID> ids = new ArrayList<>();
        d.sources().forEach(s -> ids.add(s.id()));
        d.organisations().forEach(o -> ids.add(o.id()));
        d.persons().forEach(p -> ids.add(p.id()));
        d.incidents().forEach(i -> ids.add(i.id()));
        return ids;
    }

    /** The journal as the import writes it: every record in the order written, then the incidents' parts. */
    private void writeJournal(String name, UUID importId, Dataset d) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        d.sources().forEach(s -> records.add(Map.of("kind", "source", "id", s.id())));
        d.organisations().forEach(o -> records.add(Map.of("kind", "organisation", "id", o.id())));
        d.persons().forEach(p -> records.add(Map.of("kind", "person", "id", p.id())));
        d.incidents().forEach(i -> records.add(Map.of("kind", "incident", "id", i.id())));
        List<Map<String, Object>> parts = new ArrayList<>();
        for (IncidentData i : d.incidents()) {
            for (ActData a : i.acts()) {
                parts.add(Map.of("kind", "act", "id", a.id()));
            }
            for (ProceedingData p : i.proceedings()) {
                parts.add(Map.of("kind", "proceeding", "id", p.id()));
                p.decisions().forEach(x -> parts.add(Map.of("kind", "decision", "id", x.id())));
            }
        }
        Path folder = Files.createDirectories(data.resolve("journal"));
        new ObjectMapper().writeValue(folder.resolve(name).toFile(), Map.of("format", 1, "importId", importId,
                "started", Instant.now().toString(), "records", records, "parts", parts));
    }

    private List<Path> journals() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("journal"))) {
            return files.toList();
        }
    }

    private static Map<String, Long> rows(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.forEach(t -> rows.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return rows;
    }
}

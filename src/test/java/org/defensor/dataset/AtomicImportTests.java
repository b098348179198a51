package org.defensor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.defensor.records.IncidentData;
import org.defensor.search.IndexCheck;
import org.defensor.search.SearchIndex;
import org.defensor.shared.Clearance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import is one transaction: when writing fails at its very last record, after hundreds were
 * written, the database and the index are as they were, and the same file goes in once the cause is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:atomic-import-${random.uuid};DB_CLOSE_DELAY=-1",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
        "defensor.data-dir=${java.io.tmpdir}/defensor-tests"})
class AtomicImportTests {

    private static final List<String> TABLES = List.of("source", "organisation", "person", "incident", "act", "audit_event");

    @Autowired
    DatasetTransfer transfer;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anImportThatFailsAtItsLastRecordLeavesNothingAndCanBeRunAgain() {
        Dataset dataset = transfer.synthetic(200, 11);
        IncidentData last = dataset.incidents().get(dataset.incidents().size() - 1);
        Map<String, Long> before = rows();
        long documentsBefore = index.check().documents();
        // The database itself refuses the last incident, as a full disk or a broken connection would at that moment.
        jdbc.execute("alter table incident add constraint refuse_last check (id <> cast('" + last.id() + "' as uuid))");

        ImportReport failed = Clearance.asSystem(() -> transfer.importDataset(dataset, false));

        assertThat(failed.committed()).isFalse();
        assertThat(failed.problems()).last().satisfies(p -> assertThat(p.reasons().get(0)).startsWith("writing failed, nothing was kept"));
        assertThat(rows()).isEqualTo(before);
        IndexCheck afterFailure = index.check();
        assertThat(afterFailure.differences()).isZero();
        assertThat(afterFailure.documents()).isEqualTo(documentsBefore);

        jdbc.execute("alter table incident drop constraint refuse_last");
        ImportReport again = Clearance.asSystem(() -> transfer.importDataset(dataset, false));

        assertThat(again.committed()).as("%s", again.problems()).isTrue();
        assertThat(again.incidents()).isEqualTo(200);
        assertThat(rows().get("incident")).isEqualTo(before.get("incident") + 200);
        assertThat(rows().get("person")).isEqualTo(before.get("person") + dataset.persons().size());
        IndexCheck afterImport = index.check();
        assertThat(afterImport.differences()).isZero();
        assertThat(afterImport.documents()).isEqualTo(documentsBefore + again.imported());
    }

    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.forEach(t -> rows.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return rows;
    }
}

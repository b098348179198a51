package org.defensor.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.defensor.DefensorApplication;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.ImportReport;
import org.defensor.records.PersonData;
import org.defensor.records.PersonKind;
import org.defensor.records.Persons;
import org.defensor.records.RecordFilter;
import org.defensor.search.IndexCheck;
import org.defensor.search.SearchIndex;
import org.defensor.shared.Clearance;
import org.defensor.shared.Confidentiality;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an H2 file with the index in a Lucene directory on disk, an index that differs from the database
 * when the application starts (documents lost, one outdated, one of a record that is gone) is repaired
 * at start, and the log says what was found, in counts.
 */
@ExtendWith(OutputCaptureExtension.class)
class IndexReconciliationTests {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DefensorApplication.class).web(WebApplicationType.NONE)
                .run("--defensor.data-dir=" + data, "--spring.main.banner-mode=off",
                        // An index in files, as configured for a large installation: the embedded default keeps it in
                        // memory and builds it at each start (docs/adr/011-encryption-at-rest.md).
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem");
    }

    @Test
    void anIndexMadeToDifferFromTheDatabaseIsRepairedAtTheNextStart(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start()) {
            DatasetTransfer transfer = app.getBean(DatasetTransfer.class);
            ImportReport report = Clearance.asSystem(() -> transfer.importDataset(transfer.synthetic(20, 5), false));
            assertThat(report.committed()).isTrue();
            assertThat(app.getBean(SearchIndex.class).check().differences()).isZero();

            Persons persons = app.getBean(Persons.class);
            List<UUID> ids = Clearance.asSystem(() -> persons.list(RecordFilter.NONE, PageRequest.of(0, 3)))
                    .map(PersonData::id).toList();
            UUID gone = Clearance.asSystem(() -> persons.create(new PersonData(null, null, PersonKind.INDIVIDUAL, "Left Over",
                    List.of(), null, List.of(), List.of(), null, null, null, false, Confidentiality.PUBLIC, List.of(), List.of()))).id();
            // Behind the application's back: two documents lost, one record changed, one record removed.
            removeDocuments(app, ids.subList(0, 2));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            jdbc.update("update person set version = version + 1 where id = ?", ids.get(2));
            jdbc.update("delete from person where id = ?", gone);
            IndexCheck differing = app.getBean(SearchIndex.class).check();
            assertThat(differing.types()).filteredOn(t -> t.name().equals("person")).singleElement()
                    .satisfies(t -> assertThat(List.of(t.missing(), t.outdated(), t.leftOver())).containsExactly(2L, 1L, 1L));
        }

        try (ConfigurableApplicationContext app = start()) {
            assertThat(output.getOut()).contains("Search index differed from the database")
                    .contains("person: ", "2 missing, 1 outdated, 1 left over")
                    .doesNotContain("Left Over");
            IndexCheck after = app.getBean(SearchIndex.class).check();
            assertThat(after.differences()).isZero();
            assertThat(after.types()).allSatisfy(t -> assertThat(t.inIndex()).isEqualTo(t.inDatabase()));
        }
    }

    private static void removeDocuments(ConfigurableApplicationContext app, List<UUID> ids) {
        EntityManager em = app.getBean(EntityManager.class);
        Class<?> person = Search.mapping(app.getBean(EntityManagerFactory.class)).indexedEntity("Person").javaClass();
        app.getBean(TransactionTemplate.class).executeWithoutResult(tx ->
                ids.forEach(id -> Search.session(em).indexingPlan().purge(person, id, null)));
    }
}

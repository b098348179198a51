package org.defensor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail as an attacker with the database file meets it: each way of tampering is undone
 * after it is checked, so the tests share one server.
 */
class AuditChainTests extends ServerTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.defensor.encryption.ColumnSeal seal;

    @Autowired
    AuditChainVerifier verifier;

    private String person(String name, String level) {
        Api.Reply created = editor.post("/api/v1/persons", "{\"name\": \"" + name + "\", \"confidentiality\": \"" + level + "\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private long lastSeq() {
        return jdbc.queryForObject("select max(seq) from audit_event", Long.class);
    }

    private AuditVerdict intactNow() {
        AuditVerdict verdict = verifier.verify();
        assertThat(verdict.problems()).as("before tampering").isEmpty();
        return verdict;
    }

    @Test
    void writesAndReadsThroughTheApplicationLeaveTheChainIntact() {
        String id = person("Intact Person", "RESTRICTED");
        editor.put("/api/v1/persons/" + id, "{\"name\": \"Intact Person renamed\", \"confidentiality\": \"RESTRICTED\", \"version\": 0}");
        viewer.get("/api/v1/persons/" + id);
        viewer.get("/api/v1/search?q=Intact");

        AuditVerdict verdict = verifier.verify();

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.summary()).startsWith("intact: ").contains("head " + verifier.head());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where seq is null or hash is null", Long.class)).isZero();
    }

    @Test
    void anEntryEditedInTheDatabaseIsReported() {
        person("Edited Entry", "RESTRICTED");
        intactNow();
        long seq = lastSeq();
        String actor = jdbc.queryForObject("select actor from audit_event where seq = ?", String.class, seq);

        jdbc.update("update audit_event set actor = 'someone-else' where seq = ?", seq);
        List<String> problems = verifier.verify().problems();
        jdbc.update("update audit_event set actor = ? where seq = ?", actor, seq);

        assertThat(problems).singleElement().asString().contains("entry " + seq).contains("was altered");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEntryDeletedFromTheMiddleIsReported() {
        person("Deleted Entry One", "RESTRICTED");
        person("Deleted Entry Two", "RESTRICTED");
        intactNow();
        long seq = lastSeq() - 1;
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where seq = ?", seq);

        jdbc.update("delete from audit_event where seq = ?", seq);
        List<String> problems = verifier.verify().problems();
        reinsert(row);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("entries " + seq + " to " + seq + " were deleted"));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEntryInsertedIntoTheDatabaseIsReportedWhereverItGoes() {
        person("Inserted Entry", "RESTRICTED");
        intactNow();
        Map<String, Object> model = jdbc.queryForMap("select * from audit_event where seq = ?", lastSeq());

        // outside the chain, as a row without a place in it
        java.util.UUID loose = java.util.UUID.randomUUID();
        jdbc.update("insert into audit_event (id, at, actor, action, record_type, record_id, changes, is_read) values (?, ?, ?, ?, ?, ?, ?, false)",
                loose, model.get("at"), "test-editor", "update", "person", model.get("record_id"), "[]");
        List<String> outside = verifier.verify().problems();
        jdbc.update("delete from audit_event where id = ?", loose);

        // at the end of the chain, with a made-up hash and the head moved to it
        java.util.UUID forged = java.util.UUID.randomUUID();
        long next = lastSeq() + 1;
        String head = jdbc.queryForObject("select hash from audit_head", String.class);
        jdbc.update("insert into audit_event (id, seq, prev_hash, hash, at, actor, action, record_type, record_id, changes, is_read)"
                + " values (?, ?, ?, ?, ?, 'test-editor', 'update', 'person', ?, '[]', false)", forged, next, head, "0".repeat(64),
                model.get("at"), model.get("record_id"));
        jdbc.update("update audit_head set seq = ?, hash = ?", next, "0".repeat(64));
        List<String> atTheEnd = verifier.verify().problems();
        jdbc.update("delete from audit_event where id = ?", forged);
        jdbc.update("update audit_head set seq = ?, hash = ?", next - 1, head);

        assertThat(outside).anySatisfy(p -> assertThat(p).contains("was inserted outside the chain"));
        assertThat(atTheEnd).anySatisfy(p -> assertThat(p).contains("entry " + next).contains("was altered"));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRecordChangedDeletedOrAddedInTheDatabaseIsReported() {
        String id = person("Changed Behind Its Back", "CONFIDENTIAL");
        intactNow();

        jdbc.update("update person set name = 'Someone Else' where id = ?", java.util.UUID.fromString(id));
        List<String> changed = verifier.verify().problems();
        jdbc.update("update person set name = 'Changed Behind Its Back' where id = ?", java.util.UUID.fromString(id));
        assertThat(verifier.verify().intact()).isTrue();

        jdbc.update("insert into person_name (person_id, position, name, kind) select id, 99, 'Alias Added', 'ALIAS' from person where id = ?",
                java.util.UUID.fromString(id));
        List<String> childAdded = verifier.verify().problems();
        jdbc.update("delete from person_name where person_id = ? and position = 99", java.util.UUID.fromString(id));

        assertThat(changed).singleElement().asString().contains("person " + id).contains("changed in the database after its last audited write");
        assertThat(childAdded).singleElement().asString().contains("person " + id);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void entriesCutFromTheEndAreReportedAgainstTheHeadKeptElsewhere() {
        String id = person("Viewed Before The Cut", "CONFIDENTIAL");
        editor.get("/api/v1/persons/" + id);
        editor.get("/api/v1/persons/" + id);
        AuditHead kept = intactNow() == null ? null : verifier.head();
        List<Map<String, Object>> cut = jdbc.queryForList("select * from audit_event where seq > ? order by seq", kept.seq() - 2);
        assertThat(cut).hasSize(2).allSatisfy(row -> assertThat(row.get("is_read")).isEqualTo(true));
        Map<String, Object> newEnd = jdbc.queryForMap("select seq, hash from audit_event where seq = ?", kept.seq() - 2);

        jdbc.update("delete from audit_event where seq > ?", kept.seq() - 2);
        jdbc.update("update audit_head set seq = ?, hash = ?", newEnd.get("seq"), newEnd.get("hash"));
        AuditVerdict alone = verifier.verify();
        AuditVerdict againstKept = verifier.verify(kept);
        cut.forEach(this::reinsert);
        jdbc.update("update audit_head set seq = ?, hash = ?", kept.seq(), kept.hash());

        assertThat(alone.problems()).as("the database alone looks whole").isEmpty();
        assertThat(againstKept.problems()).singleElement().asString()
                .contains("ends at entry " + (kept.seq() - 2)).contains("head kept elsewhere is entry " + kept.seq());
        assertThat(verifier.verify(kept).intact()).isTrue();
    }

    @Test
    void readsOfRestrictedAndConfidentialRecordsAreAuditedAndAdminsSeeWhoViewed() {
        String confidential = person("Read By An Editor", "CONFIDENTIAL");
        String published = person("Read By Anyone", "PUBLIC");

        assertThat(editor.get("/api/v1/persons/" + confidential).status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/persons/" + published).status()).isEqualTo(200);

        Api.Reply views = admin.get("/api/v1/persons/" + confidential + "/views");
        assertThat(views.status()).as(views.raw()).isEqualTo(200);
        assertThat(views.body()).singleElement().satisfies(v -> {
            assertThat(v.get("actor").asText()).isEqualTo("test-editor");
            assertThat(v.get("action").asText()).isEqualTo("view");
        });
        assertThat(admin.get("/api/v1/persons/" + published + "/views").body()).isEmpty();
        assertThat(admin.get("/api/v1/persons/" + confidential + "/history").body())
                .as("a read is not a write").allSatisfy(e -> assertThat(e.get("action").asText()).isNotEqualTo("view"));
        assertThat(editor.get("/api/v1/persons/" + confidential + "/views").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/persons/" + confidential + "/views").status()).isEqualTo(403);
    }

    @Test
    void aListShowingConfidentialRecordsIsAuditedForEachOfThemAndNotForPublicOnes() {
        String confidential = person("Listed Confidential Zhambyl", "CONFIDENTIAL");
        String published = person("Listed Public Zhambyl", "PUBLIC");

        Api.Reply list = editor.get("/api/v1/persons?q=Listed%20");
        assertThat(list.raw()).contains(confidential, published);

        assertThat(admin.get("/api/v1/persons/" + confidential + "/views").body()).singleElement().satisfies(v -> {
            assertThat(v.get("actor").asText()).isEqualTo("test-editor");
            assertThat(v.get("action").asText()).isEqualTo("list");
        });
        assertThat(admin.get("/api/v1/persons/" + published + "/views").body()).isEmpty();
        assertThat(verifier.verify().intact()).as("list reads are chained like every entry").isTrue();
    }

    @Test
    void theWhoViewedPageListsTheReadersForAdminsAndTheRecordPageLinksItForThemOnly() {
        String id = person("Read On A Page", "RESTRICTED");
        org.defensor.support.WebSession viewerPages = org.defensor.support.WebSession.signIn(port, "test-viewer", PASSWORD);
        assertThat(viewerPages.get("/persons/" + id).status()).isEqualTo(200);
        org.defensor.support.WebSession adminPages = org.defensor.support.WebSession.signIn(port, "test-admin", PASSWORD);

        org.defensor.support.WebSession.Page views = adminPages.get("/persons/" + id + "/views");

        assertThat(views.status()).isEqualTo(200);
        assertThat(views.html()).contains("Who viewed", "Read On A Page", "test-viewer", "RESTRICTED");
        assertThat(adminPages.get("/persons/" + id).html()).contains("/persons/" + id + "/views");
        assertThat(viewerPages.get("/persons/" + id).html()).doesNotContain("/persons/" + id + "/views");
        assertThat(viewerPages.get("/persons/" + id + "/views").status()).isEqualTo(403);
    }

    @Test
    void searchesAndExportsAreAuditedWithoutTheirTerms() {
        long before = jdbc.queryForObject("select count(*) from audit_event where is_read and action in ('search', 'export')", Long.class);

        viewer.get("/api/v1/search?q=UniqueSearchTerm");
        assertThat(admin.get("/api/v1/dataset").status()).isEqualTo(200);

        List<Map<String, Object>> reads = jdbc.queryForList(
                "select actor, action, changes from audit_event where is_read and action in ('search', 'export') order by seq");
        assertThat(reads).hasSize((int) before + 2);
        assertThat(reads.get(reads.size() - 2)).containsEntry("actor", "test-viewer").containsEntry("action", "search");
        // Sealed on PostgreSQL (ADR 012): the column holds ciphertext, opened here as the application reads it.
        assertThat(seal.open(reads.get(reads.size() - 2).get("changes").toString())).contains("hits=").doesNotContain("UniqueSearchTerm");
        assertThat(reads.get(reads.size() - 1)).containsEntry("actor", "test-admin").containsEntry("action", "export");
        assertThat(anonymous.get("/api/v1/audit/verify").status()).isEqualTo(401);
        assertThat(editor.get("/api/v1/audit/verify").status()).isEqualTo(403);
        Api.Reply verdict = admin.get("/api/v1/audit/verify?head=" + verifier.head());
        assertThat(verdict.status()).as(verdict.raw()).isEqualTo(200);
        assertThat(verdict.body().get("problems")).isEmpty();
        assertThat(admin.get("/api/v1/audit/verify?head=nonsense").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/audit/head").body().get("seq").asLong()).isPositive();
    }

    @Test
    void theEntriesOfAnImportACrashCutShortAreDiscardedAtRollbackAndTheChainAfterThemStaysWhole() {
        person("Kept Before", "RESTRICTED");
        String rolledBack = person("Never Committed", "RESTRICTED");
        person("Kept After", "RESTRICTED");
        long before = lastSeq();

        Integer removed = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> {
            jdbc.update("delete from person where id = ?", java.util.UUID.fromString(rolledBack));
            return audit.discardUncommitted("person", List.of(rolledBack));
        });

        assertThat(removed).isEqualTo(1);
        assertThat(lastSeq()).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_id = ?", Long.class, rolledBack)).isZero();
        assertThat(verifier.verify().problems()).isEmpty();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    AuditTrail audit;

    private void reinsert(Map<String, Object> row) {
        List<String> columns = List.copyOf(row.keySet());
        jdbc.update("insert into audit_event (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")", columns.stream().map(row::get).toArray());
    }
}

package org.defensor.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The backup API of a running server: admins only, audited, and refusals named by field. */
class BackupApiTests extends ServerTest {

    private static final String PASSPHRASE = "a passphrase for the API test";

    @Autowired
    JdbcTemplate jdbc;

    private byte[] backup() {
        Api.Download file = admin.postForBytes("/api/v1/admin/backup", "{\"passphrase\": \"" + PASSPHRASE + "\"}");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/octet-stream");
        return file.bytes();
    }

    private java.util.List<String> auditedByAdmin() {
        return jdbc.queryForList("select action from audit_event where actor = 'test-admin' and record_type = 'database' order by at",
                String.class);
    }

    private static java.util.List<String> plus(java.util.List<String> list, String action) {
        java.util.List<String> all = new java.util.ArrayList<>(list);
        all.add(action);
        return all;
    }

    @Test
    void anAdminBacksUpAndRestoresOverTheApiAndBothAreInTheAuditTrail() throws Exception {
        editor.post("/api/v1/persons", "{\"name\": \"Backed up over the API\"}");
        java.util.List<String> before = auditedByAdmin();
        byte[] file = backup();
        assertThat(auditedByAdmin()).isEqualTo(plus(before, "backup"));
        long persons = jdbc.queryForObject("select count(*) from person", Long.class);
        editor.post("/api/v1/persons", "{\"name\": \"Written after the backup\"}");

        Api.Reply restored = admin.postMultipart("/api/v1/admin/restore?replace=true", Map.of("file", file, "passphrase", PASSPHRASE));

        assertThat(restored.status()).as(restored.raw()).isEqualTo(200);
        assertThat(restored.body().at("/restored/payloadSha256").asText()).hasSize(64);
        assertThat(restored.body().at("/auditChain/summary").asText()).startsWith("intact");
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(persons);
        // The restored trail is the backup's, which was taken before its own entry was written; then the restore's.
        assertThat(auditedByAdmin()).isEqualTo(plus(before, "restore"));
        assertThat(Arrays.equals(BackupFiles.payload(file, PASSPHRASE), BackupFiles.payload(backup(), PASSPHRASE))).isFalse();
    }

    @Test
    void refusalsNameTheFieldAndChangeNothing() {
        Api.Reply tooShort = admin.post("/api/v1/admin/backup", "{\"passphrase\": \"short\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body().at("/errors/0/field").asText()).isEqualTo("passphrase");
        assertThat(tooShort.body().at("/errors/0/reason").asText()).contains("at least 12");

        byte[] file = backup();
        Api.Reply wrong = admin.postMultipart("/api/v1/admin/restore?replace=true", Map.of("file", file, "passphrase", "not the passphrase"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().at("/errors/0/field").asText()).isEqualTo("passphrase");

        editor.post("/api/v1/persons", "{\"name\": \"A record\"}");
        Api.Reply notEmpty = admin.postMultipart("/api/v1/admin/restore", Map.of("file", file, "passphrase", PASSPHRASE));
        assertThat(notEmpty.status()).isEqualTo(409);
        assertThat(notEmpty.body().get("detail").asText()).contains("replace=true");

        Api.Reply noFile = admin.post("/api/v1/admin/restore", "{}");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.body().at("/errors/0/field").asText()).isEqualTo("file");
    }

    @Test
    void onlyAdminsMayBackUpOrRestore() {
        for (Api caller : new Api[] {editor, viewer}) {
            assertThat(caller.post("/api/v1/admin/backup", "{\"passphrase\": \"" + PASSPHRASE + "\"}").status()).isEqualTo(403);
            assertThat(caller.postMultipart("/api/v1/admin/restore", Map.of("file", new byte[] {1}, "passphrase", PASSPHRASE)).status())
                    .isEqualTo(403);
        }
        assertThat(anonymous.post("/api/v1/admin/backup", "{}").status()).isEqualTo(401);
    }
}

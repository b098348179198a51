package org.defensor.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.defensor.letters.LetterTemplates;
import org.defensor.letters.TemplateData;
import org.defensor.letters.TemplateKind;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The templates over real HTTP and through the module's API, on the database the server started with. */
class LetterTemplatesTests extends ServerTest {

    @Autowired
    LetterTemplates templates;

    @Autowired
    JpaLetterTemplates store;

    private static List<String> keys(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(t -> t.get("key").asText()).toList();
    }

    private static String body(String label, String text, long version) {
        return Api.json(Map.of("label", label, "text", text, "version", version));
    }

    @Test
    void theDefaultsArePresentAfterStartWordingFirstThenTheQuestionBank() {
        Api.Reply list = editor.get("/api/v1/letter-templates");

        assertThat(list.status()).isEqualTo(200);
        assertThat(keys(list.body())).startsWith("mandates", "reference-note", "salutation", "capacities", "previous",
                "summary", "facts-intro", "concerns", "questions-intro", "reply-window", "closing", "annex-intro",
                "annex-provision", "annex-recommendations", "annex-upr", "annex-concluding-observations",
                "annex-treaty-body-recommendation", "annex-treaty-body-observation", "question.comments");
        assertThat(keys(list.body())).contains("question.accountability", "question.investigations", "question.legal-basis",
                "question.protection", "question.remedies");
        JsonNode salutation = editor.get("/api/v1/letter-templates/salutation").body();
        assertThat(salutation.get("kind").asText()).isEqualTo("WORDING");
        assertThat(salutation.get("text").asText()).isEqualTo("Excellency,");
    }

    @Test
    void fillsATemplateWithValuesAndLists() {
        assertThat(templates.fill("capacities", Map.of("capacities", "Special Rapporteur on the situation of human rights"
                + " defenders", "resolutions", "52/4 and 53/3"))).isEqualTo("We write in our capacities as Special Rapporteur"
                + " on the situation of human rights defenders, under Human Rights Council resolutions 52/4 and 53/3.");
        assertThat(templates.fill("question.investigations", Map.of("incidents", List.of(
                Map.of("title", "Threats by telephone", "date", "May 2024", "place", "Astana"),
                Map.of("title", "Search of the office", "date", "2 June 2024")))))
                .endsWith("where none has been opened, please explain why: Threats by telephone, May 2024, Astana;"
                        + " Search of the office, 2 June 2024.");
    }

    @Test
    void anAdminChangesTheWordingAndAStaleVersionIsRefusedWith409() {
        JsonNode read = admin.get("/api/v1/letter-templates/reference-note").body();
        long version = read.get("version").asLong();

        Api.Reply first = admin.put("/api/v1/letter-templates/reference-note",
                body("Note under the reference", "Please quote this reference in your reply.", version));
        Api.Reply second = admin.put("/api/v1/letter-templates/reference-note",
                body("Note under the reference", "A change based on the old version.", version));

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("version").asLong()).isEqualTo(version + 1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("detail").asText()).contains("changed by someone else");
        assertThat(templates.fill("reference-note", Map.of())).isEqualTo("Please quote this reference in your reply.");
    }

    @Test
    void refusesATemplateWithASyntaxErrorNamingTheFieldAndTheLine() {
        long version = admin.get("/api/v1/letter-templates/concerns").body().get("version").asLong();

        Api.Reply refused = admin.put("/api/v1/letter-templates/concerns",
                body("Concerns", "We are concerned about\n{{#persons}}{{.}}{{/persns}}.", version));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(refused.body().get("errors").get(0).get("reason").asText()).contains("line 2");
        assertThat(admin.get("/api/v1/letter-templates/concerns").body().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void refusesAnUpdateWithoutVersionAndAnUnknownKey() {
        Api.Reply noVersion = admin.put("/api/v1/letter-templates/closing", Api.json(Map.of("label", "Closing", "text", "Regards.")));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("errors").get(0).get("field").asText()).isEqualTo("version");

        assertThat(admin.get("/api/v1/letter-templates/no-such-template").status()).isEqualTo(404);
        assertThat(admin.put("/api/v1/letter-templates/no-such-template", body("x", "y", 0)).status()).isEqualTo(404);
    }

    @Test
    void editorsReadTheTemplatesButOnlyAdminsChangeThemAndViewersSeeNone() {
        long version = editor.get("/api/v1/letter-templates/closing").body().get("version").asLong();

        assertThat(editor.put("/api/v1/letter-templates/closing", body("Closing", "Regards.", version)).status()).isEqualTo(403);
        assertThat(editor.post("/api/v1/letter-templates", Api.json(Map.of("label", "x", "text", "y"))).status()).isEqualTo(403);
        assertThat(editor.delete("/api/v1/letter-templates/question.comments?version=0").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/letter-templates").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/letter-templates/closing").status()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/letter-templates").status()).isEqualTo(401);
        assertThat(editor.get("/api/v1/letter-templates/closing").body().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void everyChangeIsInTheTemplatesHistory() {
        long version = admin.get("/api/v1/letter-templates/facts-intro").body().get("version").asLong();
        admin.put("/api/v1/letter-templates/facts-intro", body("Opening of the facts", "We have been told the following.", version));

        JsonNode history = editor.get("/api/v1/letter-templates/facts-intro/history").body();

        assertThat(history.get(0).get("action").asText()).isEqualTo("update");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("test-admin");
        assertThat(history.get(0).get("changes").get(0).get("field").asText()).isEqualTo("text");
        assertThat(history.get(0).get("changes").get(0).get("after").asText()).isEqualTo("We have been told the following.");
        assertThat(history.get(history.size() - 1).get("action").asText()).isEqualTo("create");
        assertThat(history.get(history.size() - 1).get("actor").asText()).isEqualTo("system");
    }

    @Test
    void anAdminAddsAQuestionToTheBankAndRemovesIt() {
        Api.Reply added = admin.post("/api/v1/letter-templates", Api.json(Map.of("label", "Access to a lawyer",
                "text", "Please indicate whether {{persons}} had access to a lawyer of their choice.")));

        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(added.body().get("key").asText()).isEqualTo("question.access-to-a-lawyer");
        assertThat(added.body().get("kind").asText()).isEqualTo("QUESTION");
        assertThat(keys(editor.get("/api/v1/letter-templates").body())).endsWith("question.access-to-a-lawyer");
        assertThat(templates.fill("question.access-to-a-lawyer", Map.of("persons", "Ms. Sekerbayeva")))
                .isEqualTo("Please indicate whether Ms. Sekerbayeva had access to a lawyer of their choice.");
        Api.Reply again = admin.post("/api/v1/letter-templates", Api.json(Map.of("label", "Access to a lawyer", "text", "?")));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("errors").get(0).get("reason").asText()).contains("is taken");

        assertThat(admin.delete("/api/v1/letter-templates/question.access-to-a-lawyer?version=5").status()).isEqualTo(409);
        assertThat(admin.delete("/api/v1/letter-templates/question.access-to-a-lawyer?version=0").status()).isEqualTo(204);
        assertThat(editor.get("/api/v1/letter-templates/question.access-to-a-lawyer").status()).isEqualTo(404);
        assertThat(editor.get("/api/v1/letter-templates/question.access-to-a-lawyer/history").body().get(0).get("action").asText())
                .isEqualTo("delete");
    }

    @Test
    void aWordingTemplateCannotBeRemoved() {
        long version = admin.get("/api/v1/letter-templates/salutation").body().get("version").asLong();

        Api.Reply refused = admin.delete("/api/v1/letter-templates/salutation?version=" + version);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("key");
        assertThat(editor.get("/api/v1/letter-templates/salutation").status()).isEqualTo(200);
    }

    @Test
    void aLaterStartAddsNewDefaultsButUndoesNoAdminsEditOrRemoval() {
        List<TemplateData> nextRelease = new ArrayList<>(DefaultTemplates.load());
        nextRelease.add(new TemplateData("question.detention", TemplateKind.QUESTION, "Conditions of detention",
                "Please describe the conditions in which {{persons}} is held.", null));
        store.offerDefaults(nextRelease);
        assertThat(templates.get("question.detention").label()).isEqualTo("Conditions of detention");

        long version = admin.get("/api/v1/letter-templates/annex-intro").body().get("version").asLong();
        admin.put("/api/v1/letter-templates/annex-intro", body("Opening of the annex", "Our own annex wording.", version));
        assertThat(admin.delete("/api/v1/letter-templates/question.detention?version=0").status()).isEqualTo(204);
        store.offerDefaults(nextRelease);

        assertThat(templates.get("annex-intro").text()).isEqualTo("Our own annex wording.");
        assertThat(editor.get("/api/v1/letter-templates/question.detention").status()).isEqualTo(404);
    }
}

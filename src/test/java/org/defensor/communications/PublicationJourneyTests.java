package org.defensor.communications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Redaction at render time, the refusal to publish a CONFIDENTIAL name and the frozen publication,
 * over the REST API and the public pages, on a real server and database.
 */
@Import(TestClock.Config.class)
class PublicationJourneyTests extends ServerTest {

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.set(LocalDate.of(2025, 10, 6));
    }

    private String person(String name, String confidentiality, String... otherNames) {
        Api.Reply created = editor.post("/api/v1/persons", Api.json(Map.of("kind", "INDIVIDUAL", "name", name,
                "otherNames", java.util.Arrays.stream(otherNames).map(n -> Map.of("name", n)).toList(),
                "confidentiality", confidentiality)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    /** A communication about the persons, with the facts given, sent. */
    private JsonNode sent(String facts, String... personIds) {
        Api.Reply created = editor.post("/api/v1/communications", Api.json(Map.of("type", "AL", "country", "KAZ",
                "personIds", List.of(personIds), "summary", "Concerning harassment of a defender.", "facts", facts,
                "confidentiality", "PUBLIC", "questions", List.of(Map.of("text", "Please provide information.")))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("id").asText();
        return editor.post("/api/v1/communications/" + id + "/send",
                "{\"version\": " + created.body().get("version").asLong() + ", \"date\": \"2025-10-06\"}").body();
    }

    private Api.Reply publish(JsonNode c) {
        long version = editor.get("/api/v1/communications/" + c.get("id").asText()).body().get("version").asLong();
        return editor.post("/api/v1/communications/" + c.get("id").asText() + "/publish",
                "{\"version\": " + version + ", \"date\": \"2025-10-07\"}");
    }

    /** The public letter's text in each format: HTML as served, the PDF's text, the DOCX's text. */
    private List<String> publicLetterTexts(String id) throws Exception {
        String html = new String(anonymous.download("/api/v1/public/communications/" + id + "/letter?format=html").bytes(),
                StandardCharsets.UTF_8);
        String pdf;
        try (PDDocument document = Loader.loadPDF(anonymous.download("/api/v1/public/communications/" + id + "/letter?format=pdf").bytes())) {
            pdf = new PDFTextStripper().getText(document);
        }
        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                anonymous.download("/api/v1/public/communications/" + id + "/letter?format=docx").bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(document)) {
            docx = words.getText();
        }
        return List.of(html, pdf, docx);
    }

    @Test
    void aPersonFlaggedAfterDraftingIsWithheldFromThePublishedHtmlPdfAndDocx() throws Exception {
        String aigerim = person("Aigerim Tulegenova", "PUBLIC", "Айгерим Тулегенова");
        JsonNode c = sent("On 3 March 2025 Ms. Aigerim Tulegenova was detained. Ms. Tulegenova's lawyer, and later "
                + "Ms. Tule-\ngenova herself, said the police shouted at Тулегеновой and A. Tulegenova.", aigerim);
        String id = c.get("id").asText();
        assertThat(publish(c).status()).isEqualTo(200);
        assertThat(publicLetterTexts(id)).allSatisfy(text -> assertThat(text).contains("Tulegenova"));

        JsonNode record = editor.get("/api/v1/persons/" + aigerim).body();
        ((ObjectNode) record).put("redactInPublications", true);
        assertThat(editor.put("/api/v1/persons/" + aigerim, record.toString()).status()).isEqualTo(200);

        assertThat(publicLetterTexts(id)).allSatisfy(text -> assertThat(text).contains("[REDACTED]")
                .doesNotContainIgnoringCase("Tulegenov").doesNotContain("Тулегенов").doesNotContain("Aigerim")
                .doesNotContain("genova"));
        assertThat(anonymous.get("/api/v1/public/communications/" + id).raw()).doesNotContain("Tulegenov");
    }

    @Test
    void aRestrictedPersonTheCommunicationNamesIsAlwaysWithheld() throws Exception {
        String marat = person("Marat Yesenov", "RESTRICTED");
        JsonNode c = sent("Mr. Marat Yesenov, a witness, and Mr. Yesenov's brother were summoned.", marat);
        assertThat(publish(c).status()).isEqualTo(200);
        assertThat(publicLetterTexts(c.get("id").asText())).allSatisfy(text -> assertThat(text).doesNotContain("Yesenov"));
    }

    @Test
    void publishingIsRefusedWhileAConfidentialPersonWouldAppearAndSaysWhoAndWhere() throws Exception {
        String saule = person("Saule Zhaksybekova", "CONFIDENTIAL");
        String aigul = person("Aigul Omarova", "PUBLIC");
        JsonNode c = sent("Ms. Aigul Omarova was followed.\n\nA witness, Ms. Zhaksybekova, saw it.", aigul);
        String id = c.get("id").asText();

        Api.Reply refused = publish(c);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("letter.facts[").contains("CONFIDENTIAL person Saule Zhaksybekova").contains(saule);
        assertThat(editor.get("/api/v1/communications/" + id).body().get("status").asText()).isEqualTo("SENT");
        assertThat(anonymous.get("/api/v1/public/communications/" + id).status()).isEqualTo(404);

        // Named by the communication, she is withheld, and it is published.
        JsonNode linked = editor.get("/api/v1/communications/" + id).body();
        ((ObjectNode) linked).putArray("personIds").add(aigul).add(saule);
        assertThat(editor.put("/api/v1/communications/" + id, linked.toString()).status()).isEqualTo(200);
        assertThat(publish(c).status()).isEqualTo(200);
        assertThat(publicLetterTexts(id)).allSatisfy(text -> assertThat(text).doesNotContain("Zhaksybekova").contains("Omarova"));
    }

    @Test
    void aPublishedCommunicationIsFrozenAndACorrectionIsANewAuditedPublication() throws Exception {
        String aigul = person("Aigul Sarsenova", "PUBLIC");
        JsonNode c = sent("On 3 March 2025 Ms. Sarsenova was arrested.", aigul);
        String id = c.get("id").asText();
        assertThat(publish(c).status()).isEqualTo(200);

        JsonNode published = editor.get("/api/v1/communications/" + id).body();
        ((ObjectNode) published).put("facts", "On 4 March 2025 Ms. Sarsenova was arrested.");
        Api.Reply edit = editor.put("/api/v1/communications/" + id, published.toString());
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.raw()).contains("status").contains("is published").contains("correction");

        long version = published.get("version").asLong();
        Api.Reply noReason = editor.post("/api/v1/communications/" + id + "/corrections",
                "{\"version\": " + version + ", \"facts\": \"On 4 March 2025 Ms. Sarsenova was arrested.\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.raw()).contains("reason");

        Api.Reply corrected = editor.post("/api/v1/communications/" + id + "/corrections", Api.json(Map.of("version", version,
                "reason", "The arrest was on 4 March, not 3 March.", "facts", "On 4 March 2025 Ms. Sarsenova was arrested.")));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(201);
        assertThat(corrected.body().get("facts").asText()).contains("4 March");

        JsonNode corrections = editor.get("/api/v1/communications/" + id + "/corrections").body();
        assertThat(corrections).hasSize(1);
        assertThat(corrections.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(corrections.get(0).get("by").asText()).isEqualTo("test-editor");
        assertThat(corrections.get(0).get("previousFacts").asText()).isEqualTo("On 3 March 2025 Ms. Sarsenova was arrested.");
        assertThat(editor.get("/api/v1/communications/" + id + "/history").raw()).contains("correct");

        JsonNode shown = anonymous.get("/api/v1/public/communications/" + id).body();
        assertThat(shown.get("corrections").get(0).get("reason").asText()).isEqualTo("The arrest was on 4 March, not 3 March.");
        assertThat(publicLetterTexts(id)).allSatisfy(text -> assertThat(text).contains("4 March 2025").doesNotContain("3 March 2025"));
        String page = anonymous.get("/public/communications/" + id).raw();
        assertThat(page).contains("Corrected on").contains("2025-10-06").contains("The arrest was on 4 March");

        // A stale version is refused, as on any write.
        assertThat(editor.post("/api/v1/communications/" + id + "/corrections", Api.json(Map.of("version", version,
                "reason", "again", "facts", "x"))).status()).isEqualTo(409);
    }
}

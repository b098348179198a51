package org.defensor.communications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The desk's journey over the REST API, on the demo data: draft an allegation letter about the 2025
 * incidents concerning the two defenders, download it, send it, let the deadline pass, record a reply,
 * find the unanswered question, publish it redacted.
 */
@Import(TestClock.Config.class)
@TestPropertySource(properties = "defensor.demo=true")
class CommunicationsJourneyTests extends ServerTest {

    private static final String SERZHAN = "person/gulzada-serzhan";

    @Autowired
    TestClock clock;

    @Autowired
    Tracking tracking;

    @Autowired
    org.defensor.audit.AuditTrail audit;

    private static String id(String key) {
        return org.defensor.shared.KeyedIds.of(key).toString();
    }

    private List<JsonNode> incidents2025ConcerningBoth() {
        JsonNode page = viewer.get("/api/v1/incidents?year=2025&size=200").body().get("items");
        List<JsonNode> chosen = new ArrayList<>();
        for (JsonNode incident : page) {
            String text = incident.toString();
            if (text.contains(id(SERZHAN)) && text.contains(id("person/zhanar-sekerbayeva"))) {
                chosen.add(incident);
            }
        }
        return chosen;
    }

    private List<String> mandateIds(String... shortNames) {
        List<String> ids = new ArrayList<>();
        for (JsonNode m : viewer.get("/api/v1/mandates").body()) {
            if (List.of(shortNames).contains(m.get("shortName").asText())) {
                ids.add(m.get("id").asText());
            }
        }
        assertThat(ids).hasSize(shortNames.length);
        return ids;
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void draftsSendsTracksRecordsAReplyAndPublishesRedacted() throws Exception {
        clock.set(LocalDate.of(2025, 10, 6));
        List<JsonNode> chosen = incidents2025ConcerningBoth();
        assertThat(chosen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(viewer.get("/api/v1/communications/next-reference?type=AL&country=KAZ").raw()).isEqualTo("AL KAZ 5/2025");

        // Draft from the records.
        Api.Reply drafted = editor.post("/api/v1/communications/drafts", Api.json(java.util.Map.of(
                "type", "AL", "country", "KAZ", "mandateIds", mandateIds("SR HRD", "SR FoAA", "IE SOGI"),
                "incidentIds", chosen.stream().map(i -> i.get("id").asText()).toList(),
                "questionKeys", List.of("question.comments", "question.accountability", "question.investigations",
                        "question.protection"))));
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        JsonNode draft = drafted.body();
        String cid = draft.get("id").asText();
        assertThat(draft.get("reference").asText()).isEqualTo("AL KAZ 5/2025");
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("questions")).hasSize(4);
        assertThat(draft.get("follows").toString()).contains(id("communication/al-kaz-4-2025"));

        // The DOCX: facts in date order, the accountability question naming each incident, the ICCPR in the annex.
        Api.Download docx = viewer.download("/api/v1/communications/" + cid + "/letter?format=docx");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            List<String> paragraphs = texts(doc);
            assertThat(paragraphs).contains("AL KAZ 5/2025");
            List<String> factHeadings = chosen.stream()
                    .sorted(java.util.Comparator.comparing((JsonNode i) -> i.get("start").asText()))
                    .map(i -> i.get("title").asText()).toList();
            List<Integer> positions = factHeadings.stream()
                    .map(title -> indexOfContaining(paragraphs, title)).toList();
            assertThat(positions).doesNotContain(-1).isSorted();
            List<String> questions = doc.getParagraphs().stream().filter(p -> p.getNumID() != null)
                    .map(XWPFParagraph::getText).toList();
            assertThat(questions).hasSize(4);
            String accountability = questions.stream().filter(p -> p.contains("held to account")).findFirst().orElseThrow();
            chosen.forEach(i -> assertThat(accountability).contains(i.get("title").asText()));
            int annex = indexOfContaining(paragraphs, "ICCPR, article 9");
            assertThat(annex).as(String.join("\n", paragraphs)).isGreaterThan(indexOfContaining(paragraphs, accountability));
            assertThat(String.join("\n", paragraphs.subList(annex, paragraphs.size()))).contains("ICCPR, article 21");
            // The recommendations Kazakhstan supported on these rights, in the words of seed 000's annex.
            String recommendations = String.join("\n", paragraphs.subList(
                    indexOfContaining(paragraphs, "Universal Periodic Review outcomes and treaty body observations"), paragraphs.size()));
            assertThat(recommendations).contains("During the Universal Periodic Review of 23 January 2025, Kazakhstan supported the following"
                    + " recommendations: ", "140.111 (“fully protect freedom of expression and peaceful assembly",
                    "Human Rights Committee's concluding observations of 3 September 2025 (CCPR/C/KAZ/CO/3).",
                    "The Committee recommended that Kazakhstan “ensure that all cases of violence against women and girls are promptly"
                            + " and thoroughly investigated", "Committee on Economic, Social and Cultural Rights' concluding observations",
                    "The Committee expressed a specific concern at information that some non-governmental organisations");
            assertThat(recommendations).doesNotContain("recommended that Kazakhstan “the Committee");
        }
        assertThat(viewer.download("/api/v1/communications/" + cid + "/letter?format=pdf").bytes())
                .startsWith("%PDF".getBytes());

        // Send; after the window it is overdue and the desk is notified once.
        long version = draft.get("version").asLong();
        JsonNode sent = editor.post("/api/v1/communications/" + cid + "/send",
                "{\"version\": " + version + ", \"date\": \"2025-10-06\"}").body();
        assertThat(sent.get("status").asText()).isEqualTo("SENT");
        assertThat(sent.get("deadline").asText()).isEqualTo("2025-12-05");
        clock.advance(Duration.ofDays(61));
        assertThat(viewer.get("/api/v1/communications?overdue=true").raw()).contains("AL KAZ 5/2025");
        assertThat(tracking.checkDeadlines()).isPositive();
        assertThat(tracking.checkDeadlines()).isZero();
        JsonNode notice = StreamSupport.stream(viewer.get("/api/v1/tracking/notifications").body().spliterator(), false)
                .filter(n -> n.get("text").asText().contains("AL KAZ 5/2025")).findFirst().orElseThrow();
        assertThat(viewer.post("/api/v1/tracking/notifications/" + notice.get("id").asText() + "/read", "").status()).isLessThan(300);
        assertThat(audit.history("notification", notice.get("id").asText()).stream().map(e -> e.action() + " by " + e.actor()))
                .contains("read by test-viewer").anyMatch(a -> a.startsWith("create"));

        // A reply answering questions 1-3 and not 4.
        Api.Reply reply = editor.post("/api/v1/communications/" + cid + "/replies", """
                {"received": "2025-12-06", "dated": "2025-12-04", "stateReference": "25-101",
                 "answers": [{"questions": [1, 2], "passage": "The Government rejects the allegations."},
                             {"questions": [3], "passage": "An inquiry is under way.", "claim": "INVESTIGATION_OPEN"}],
                 "assessments": [{"question": 1, "assessment": "ANSWERED"}, {"question": 2, "assessment": "PARTIALLY_ANSWERED"},
                                 {"question": 3, "assessment": "ANSWERED"}, {"question": 4, "assessment": "NOT_ANSWERED"}]}""");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        JsonNode replied = viewer.get("/api/v1/communications/" + cid).body();
        assertThat(replied.get("status").asText()).isEqualTo("REPLIED");
        assertThat(viewer.get("/api/v1/communications/" + cid + "/history").raw()).contains("REPLIED");
        JsonNode open = viewer.get("/api/v1/tracking/unanswered-questions").body();
        List<Integer> openHere = StreamSupport.stream(open.spliterator(), false)
                .filter(q -> q.get("reference").asText().equals("AL KAZ 5/2025")).map(q -> q.get("number").asInt()).toList();
        assertThat(openHere).containsExactly(4);

        // Publish: the public page shows the letter with the names marked for redaction replaced.
        JsonNode serzhan = editor.get("/api/v1/persons/" + id(SERZHAN)).body();
        ((com.fasterxml.jackson.databind.node.ObjectNode) serzhan).put("redactInPublications", true);
        assertThat(editor.put("/api/v1/persons/" + id(SERZHAN), serzhan.toString()).status()).isEqualTo(200);
        JsonNode withRedaction = viewer.get("/api/v1/communications/" + cid).body();
        ((com.fasterxml.jackson.databind.node.ObjectNode) withRedaction).putArray("redactPersonIds").add(id(SERZHAN));
        assertThat(editor.put("/api/v1/communications/" + cid, withRedaction.toString()).status()).isEqualTo(200);
        long current = viewer.get("/api/v1/communications/" + cid).body().get("version").asLong();
        assertThat(editor.post("/api/v1/communications/" + cid + "/publish",
                "{\"version\": " + current + ", \"date\": \"2025-12-06\"}").status()).isEqualTo(200);

        assertThat(anonymous.get("/api/v1/public/communications?country=KAZ").raw()).contains("AL KAZ 5/2025");
        String publicHtml = new String(anonymous.download("/api/v1/public/communications/" + cid + "/letter?format=html").bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(publicHtml).contains("[REDACTED]").doesNotContain("Serzhan").contains("Sekerbayeva");
        assertThat(anonymous.get("/api/v1/communications/" + cid).status()).isEqualTo(401);
    }

    private static int indexOfContaining(List<String> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void refusesBadMovesAndBadRepliesWithoutChangingAnything() {
        clock.set(LocalDate.of(2025, 10, 6));
        // A duplicate reference.
        Api.Reply duplicate = editor.post("/api/v1/communications", """
                {"reference": "AL KAZ 4/2025", "type": "AL", "country": "KAZ"}""");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.raw()).contains("reference").contains("already used").containsPattern("AL KAZ \\d+/2025 is free");

        Api.Reply created = editor.post("/api/v1/communications", """
                {"type": "UA", "country": "KAZ", "questions": [{"text": "Please explain."}, {"text": "Please provide."}]}""");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String cid = created.body().get("id").asText();
        long version = created.body().get("version").asLong();

        // Draft to published.
        Api.Reply publish = editor.post("/api/v1/communications/" + cid + "/publish", "{\"version\": " + version + "}");
        assertThat(publish.status()).isEqualTo(400);
        assertThat(publish.raw()).contains("status").contains("a draft cannot be published");
        assertThat(viewer.get("/api/v1/communications/" + cid).body().get("status").asText()).isEqualTo("DRAFT");

        editor.post("/api/v1/communications/" + cid + "/send", "{\"version\": " + version + ", \"date\": \"2025-10-06\"}");
        // A reply dated before the letter was sent, and an answer to a question the letter does not have.
        Api.Reply early = editor.post("/api/v1/communications/" + cid + "/replies", """
                {"received": "2025-10-01", "answers": [{"questions": [3], "passage": "x"}]}""");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.raw()).contains("before the letter was sent").contains("question 3 is not in");
        assertThat(viewer.get("/api/v1/communications/" + cid + "/replies").body()).isEmpty();
        assertThat(viewer.get("/api/v1/communications/" + cid).body().get("status").asText()).isEqualTo("SENT");
    }

    @Test
    void refusesADraftNamingAnUnknownIncidentOrQuestionAndCreatesNothing() {
        int before = viewer.get("/api/v1/communications").body().size();
        Api.Reply reply = editor.post("/api/v1/communications/drafts", """
                {"type": "AL", "country": "KAZ", "incidentIds": ["%s", "%s"], "questionKeys": ["question.comments", "question.nope"]}
                """.formatted(id("incident/2023-07-29-vehicle"), java.util.UUID.randomUUID()));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).contains("incidentIds[1]").contains("no incident with id")
                .contains("questionKeys[1]").contains("no question 'question.nope'");
        assertThat(viewer.get("/api/v1/communications").body()).hasSize(before);
        assertThat(viewer.get("/api/v1/communications/" + id("communication/al-kaz-4-2025") + "/letter?format=odt").raw())
                .contains("format").contains("must be docx, pdf or html");
    }

    @Test
    void aDraftWithoutAStateGoesToTheStateOfItsIncidentsAndIsRefusedWhenThereAreSeveral() {
        clock.set(LocalDate.of(2023, 8, 1));
        String kazakh = id("incident/2023-07-29-vehicle");
        Api.Reply drafted = editor.post("/api/v1/communications/drafts", """
                {"type": "UA", "incidentIds": ["%s"], "questionKeys": ["question.comments"]}""".formatted(kazakh));
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        assertThat(drafted.body().get("country").asText()).isEqualTo("KAZ");
        assertThat(drafted.body().get("reference").asText()).startsWith("UA KAZ ").endsWith("/2023");
        assertThat(editor.delete("/api/v1/communications/" + drafted.body().get("id").asText() + "?version="
                + drafted.body().get("version").asLong()).status()).isEqualTo(204);

        String uzbek = editor.post("/api/v1/incidents", """
                {"title": "Search of an NGO office in Tashkent", "start": "2023-06-01", "place": {"country": "UZB"}}""")
                .body().get("id").asText();
        int before = viewer.get("/api/v1/communications").body().size();
        Api.Reply mixed = editor.post("/api/v1/communications/drafts", """
                {"type": "UA", "incidentIds": ["%s", "%s"]}""".formatted(kazakh, uzbek));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.raw()).contains("country").contains("not all in one country (KAZ, UZB)");
        assertThat(viewer.get("/api/v1/communications").body()).hasSize(before);
    }

    @Test
    void theDemoHoldsTheSeedChainWithReply20404AssessedQuestionByQuestion() {
        JsonNode chain = viewer.get("/api/v1/communications/" + id("communication/al-kaz-4-2025") + "/chain").body();
        assertThat(StreamSupport.stream(chain.spliterator(), false).map(l -> l.get("reference").asText()).toList())
                .containsExactly("AL KAZ 4/2019", "AL KAZ 4/2021", "AL KAZ 4/2025");
        JsonNode replies = viewer.get("/api/v1/communications/" + id("communication/al-kaz-4-2019") + "/replies").body();
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).get("stateReference").asText()).isEqualTo("20-404");
        assertThat(replies.get(0).get("assessments")).hasSize(9);
        assertThat(replies.get(0).get("answers").toString()).contains("[6,7]");
    }

    @Test
    void theCaseFileSetsAReplyClaimingAnOpenInvestigationAgainstTheArchivedRecord() {
        clock.set(LocalDate.of(2024, 4, 2));
        String defender = editor.post("/api/v1/persons", """
                {"name": "Aigerim Testova", "confidentiality": "RESTRICTED"}""").body().get("id").asText();
        Api.Reply incident = editor.post("/api/v1/incidents", """
                {"title": "Assault on a defender in Tashkent", "start": "2024-01-10", "confidentiality": "RESTRICTED",
                 "acts": [{"type": "PHYSICAL_ASSAULT", "victims": [{"personId": "%s"}]}],
                 "proceedings": [{"kind": "COMPLAINT", "purpose": "ACCOUNTABILITY", "started": "2024-01-11",
                                  "decisions": [{"date": "2024-01-20", "outcome": "INVESTIGATION_OPENED"},
                                                {"date": "2024-03-01", "outcome": "ARCHIVED"}]}]}""".formatted(defender));
        assertThat(incident.status()).as(incident.raw()).isEqualTo(201);
        String iid = incident.body().get("id").asText();
        JsonNode letter = editor.post("/api/v1/communications", """
                {"reference": "AL UZB 9/2024", "type": "AL", "country": "UZB", "incidentIds": ["%s"],
                 "questions": [{"text": "Please indicate the steps taken to investigate."},
                               {"text": "Please indicate whether anyone has been held to account."}]}""".formatted(iid)).body();
        String cid = letter.get("id").asText();
        assertThat(editor.post("/api/v1/communications/" + cid + "/send",
                "{\"version\": " + letter.get("version") + ", \"date\": \"2024-04-02\"}").status()).isEqualTo(200);
        clock.set(LocalDate.of(2024, 6, 1));
        Api.Reply reply = editor.post("/api/v1/communications/" + cid + "/replies", """
                {"received": "2024-05-20", "stateReference": "24-77",
                 "answers": [{"questions": [1], "passage": "A criminal investigation is under way.", "incidentIds": ["%1$s"],
                              "claim": "INVESTIGATION_OPEN"},
                             {"questions": [2], "passage": "The perpetrators were punished.", "incidentIds": ["%1$s"],
                              "claim": "PERPETRATORS_HELD_ACCOUNTABLE"}]}""".formatted(iid));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);

        JsonNode on = viewer.get("/api/v1/incidents/" + iid + "/state-responses").body();
        assertThat(on.get("asked").get(0).get("reference").asText()).isEqualTo("AL UZB 9/2024");
        assertThat(on.get("asked").get(0).get("status").asText()).isEqualTo("Replied");
        JsonNode open = on.get("answered").get(0);
        assertThat(open.get("claim").asText()).isEqualTo("Investigation open");
        assertThat(open.get("comparison").asText()).isEqualTo("CONTRADICTS_RECORD");
        assertThat(open.get("why").asText()).contains("archived (1 March 2024)");
        assertThat(on.get("answered").get(1).get("comparison").asText()).isEqualTo("CONTRADICTS_RECORD");
        assertThat(on.get("answered").get(1).get("why").asText()).contains("not held accountable");

        WebSession.Page caseFile = WebSession.signIn(port, "test-viewer", PASSWORD).get("/persons/" + defender);
        assertThat(caseFile.html()).contains("Raised with the State").contains("AL UZB 9/2024")
                .contains("What the State said").contains("Contradicts record").contains("A criminal investigation is under way.");
        assertThat(anonymous.get("/api/v1/incidents/" + iid + "/state-responses").status()).isEqualTo(401);
    }

    @Test
    void communicationsAndRepliesAreFoundBySearchAndNarrowedByTheirFilters() {
        JsonNode letters = viewer.get("/api/v1/search?q=Feminita&type=communication").body();
        assertThat(titles(letters)).anyMatch(t -> t.startsWith("AL KAZ 4/2019"));
        JsonNode replies = viewer.get("/api/v1/search?q=%22Law%20on%20State%20Registration%22&type=reply").body();
        assertThat(titles(replies)).anyMatch(t -> t.contains("20-404"));

        JsonNode of2019 = viewer.get("/api/v1/search?country=KAZ&year=2019&communicationType=AL").body();
        assertThat(types(of2019)).containsOnly("communication", "reply").contains("communication", "reply");
        assertThat(of2019.get("facets").get("communicationType").get(0).get("label").asText()).isEqualTo("Allegation letter");
        assertThat(of2019.get("facets").has("actType")).isFalse();

        String hrd = mandateIds("SR HRD").get(0);
        JsonNode byMandate = viewer.get("/api/v1/search?type=communication&mandate=" + hrd).body();
        assertThat(titles(byMandate)).isNotEmpty().allMatch(t -> t.startsWith("AL KAZ"));
        assertThat(byMandate.get("facets").get("mandate").toString()).contains("SR HRD");

        WebSession.Page page = WebSession.signIn(port, "test-viewer", PASSWORD).get("/?q=Feminita&type=communication");
        assertThat(page.html()).contains("href=\"/communications/" + id("communication/al-kaz-4-2019") + "\"")
                .contains("Communication type");

        // An act is a field of incidents, a mandate of communications: no record has both.
        assertThat(viewer.get("/api/v1/search?actType=FINE&mandate=" + hrd).body().get("total").asLong()).isZero();
        assertThat(anonymous.get("/api/v1/search?q=Feminita&type=communication").status()).isEqualTo(401);
    }

    private static List<String> titles(JsonNode result) {
        return StreamSupport.stream(result.get("hits").spliterator(), false).map(h -> h.get("title").asText()).toList();
    }

    private static List<String> types(JsonNode result) {
        return StreamSupport.stream(result.get("hits").spliterator(), false).map(h -> h.get("type").asText()).toList();
    }

    @Test
    void everyCommunicationEndpointKeepsItsAccessRule() {
        assertThat(anonymous.get("/api/v1/communications").status()).isEqualTo(401);
        assertThat(viewer.post("/api/v1/communications", "{\"type\": \"AL\", \"country\": \"KAZ\"}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/tracking").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/public/communications").status()).isEqualTo(200);
    }
}

package org.defensor.communications.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.defensor.shared.KeyedIds;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The desk's communication pages on the demo data, through real HTTP with a signed-in session. */
@Import(TestClock.Config.class)
@TestPropertySource(properties = "defensor.demo=true")
class CommunicationPagesTests extends ServerTest {

    private static final String SERZHAN = id("person/gulzada-serzhan");
    private static final String SEKERBAYEVA = id("person/zhanar-sekerbayeva");
    private static final String AL_2019 = "/communications/" + id("communication/al-kaz-4-2019");
    private static final String SR_HRD = "5a000000-0000-4000-8000-000000000002";

    @Autowired
    TestClock clock;

    private static String id(String key) {
        return KeyedIds.of(key).toString();
    }

    private static String all(String... values) {
        return String.join("\u0000", values);
    }

    @BeforeEach
    void onTheDayTheJourneyStarts() {
        clock.set(LocalDate.of(2025, 10, 6));
    }

    private String path(WebSession.Page page) {
        assertThat(page.status()).as(page.html()).isEqualTo(302);
        return page.location().replace("http://localhost:" + port, "");
    }

    /** A draft about the two incidents of February 2025 concerning both defenders. */
    private Map<String, String> draft() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "AL");
        fields.put("country", "KAZ");
        fields.put("personIds", all(SERZHAN, SEKERBAYEVA));
        fields.put("incidentIds", all(id("incident/2025-02-13-event-disruption"), id("incident/2025-02-unregistered-association-fines")));
        fields.put("mandateIds", SR_HRD);
        fields.put("questionKeys", all("question.comments", "question.accountability"));
        return fields;
    }

    private static String reference(WebSession.Page view) {
        return view.html().replaceAll("(?s).*id=\"reference\">([^<]+)<.*", "$1");
    }

    private String drafted(WebSession web) {
        web.get("/communications/new");
        return path(web.post("/communications", draft()));
    }

    @Test
    void theListFiltersByYearTypeCountryAndStatusIncludingOverdue() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);

        WebSession.Page all = web.get("/communications");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.html()).contains("href=\"/communications\">Communications</a>", "AL KAZ 4/2019", "AL KAZ 4/2021",
                "AL KAZ 3/2024", "AL KAZ 4/2025", "hx-get=\"/communications\"");
        assertThat(web.get("/communications?year=2019").html()).contains("AL KAZ 4/2019").doesNotContain("AL KAZ 4/2025", "AL KAZ 3/2024");
        assertThat(web.get("/communications?country=kaz&type=AL&year=2024").html()).contains("AL KAZ 3/2024").doesNotContain("AL KAZ 4/2019");
        assertThat(web.get("/communications?country=FRA").html()).contains("No communication matches").doesNotContain("AL KAZ");
        // No reply to AL KAZ 3/2024 within its 60 days; AL KAZ 4/2025 is within them.
        assertThat(web.get("/communications?status=OVERDUE").html()).contains("AL KAZ 3/2024", "Overdue")
                .doesNotContain("AL KAZ 4/2025", "AL KAZ 4/2019");
        assertThat(web.get("/communications?status=REPLIED").html()).contains("AL KAZ 4/2019", "AL KAZ 4/2021")
                .doesNotContain("AL KAZ 3/2024");
    }

    @Test
    void theViewShowsQuestionsWithTheirBestAssessmentRepliesWithTheirAnswersAndTheChain() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);

        WebSession.Page view = web.get(AL_2019);

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.html()).contains("AL KAZ 4/2019", "2019-10-25", "Gulzada Serzhan", "Zhanar Sekerbayeva",
                "Registration application of 27 December 2017 refused on 9 January 2018",
                "href=\"/incidents/" + id("incident/2017-12-27-registration-application") + "\"",
                "Reply received <span>2019-12-23</span>", "ref. 20-404", "Exhibit 1: Feminita Charter",
                "Please see the detailed responses below.", "6, 7", "Answered", "Reply received <span>2020-05-22</span>",
                "href=\"/communications/" + id("communication/al-kaz-4-2021") + "\"",
                "href=\"/communications/" + id("communication/al-kaz-4-2025") + "\"",
                "href=\"" + AL_2019 + "/history\"", "href=\"" + AL_2019 + "/letter?format=docx\"",
                "href=\"" + AL_2019 + "/letter?format=pdf&amp;redacted=true\"")
                // A viewer reads but is offered no change.
                .doesNotContain("id=\"transitions\"", "id=\"record-reply\"");
        assertThat(view.html().split("class=\"badge ms-1 assessment").length - 1).isEqualTo(9);
    }

    @Test
    void theLetterDownloadsWithTheSessionAsDocxAndAsRedactedHtml() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);

        WebSession.Page html = web.get(AL_2019 + "/letter?format=html&redacted=true");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.html()).contains("AL KAZ 4/2019");
        assertThat(web.get(AL_2019 + "/letter?format=docx").status()).isEqualTo(200);
        assertThat(web.get(AL_2019 + "/letter?format=odt").html()).contains("format: must be docx, pdf or html");
    }

    @Test
    void theDraftFormOffersTheIncidentsConcerningBothPersonsInAYearAndTheNextReference() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);

        WebSession.Page form = web.get("/communications/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("value=\"question.accountability\"", "Accountability for each incident", "SR HRD",
                "Gulzada Serzhan", "name=\"year\"", "value=\"2025\"");

        String offered = web.get("/communications/new/incidents?year=2025&personIds=" + SERZHAN + "&personIds=" + SEKERBAYEVA).html();
        assertThat(offered).contains("Fines of KZT 393 200 on Serzhan and Sekerbayeva", "Disruption of the human rights education event")
                .doesNotContain("2024-10-09", "Arrest of Zhanar Sekerbayeva and ten days");
        assertThat(web.get("/communications/new/incidents?year=2025&personIds=" + SEKERBAYEVA).html())
                .contains("Arrest of Zhanar Sekerbayeva and ten days");
        // The demo's last letter to Kazakhstan this year is AL KAZ 4/2025 (other tests of this class may have drafted more).
        assertThat(web.get("/communications/new/reference?type=AL&country=kaz").html()).containsPattern("AL KAZ ([5-9]|\\d\\d)/2025");
        assertThat(web.get("/communications/new/reference?type=UA&country=FRA").html()).contains("UA FRA 1/2025");
        assertThat(web.get("/communications/new/reference?type=AL&country=K").html()).doesNotContain("AL K");
    }

    @Test
    void aDraftMadeThroughTheFormIsShownWithItsQuestionsAndTheListHasIt() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);

        String created = drafted(web);

        WebSession.Page view = web.get(created);
        assertThat(view.html()).containsPattern("AL KAZ ([5-9]|\\d\\d)/2025").contains("Draft", "SR HRD", "held to account",
                "Fines of KZT 393 200 on Serzhan and Sekerbayeva", "not assessed", "No reply recorded.", "id=\"edit\"",
                "AL KAZ 4/2025");
        assertThat(view.html().split("class=\"question mb-2\"").length - 1).isEqualTo(2);
        assertThat(web.get("/communications?year=2025").html()).contains(reference(view));
        assertThat(web.get(created + "/history").html()).contains("create", "test-editor");
    }

    @Test
    void aDraftWithoutIncidentsOrWithAnUnknownQuestionIsRefusedWithItsFieldsAndNothingIsSaved() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        int before = web.get("/communications?year=2025").html().split("class=\"communication-row").length;
        web.get("/communications/new");
        Map<String, String> none = draft();
        none.remove("incidentIds");

        WebSession.Page refused = web.post("/communications", none);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("The record was not saved", "incidentIds: choose at least one incident to write about");
        Map<String, String> unknown = draft();
        unknown.put("questionKeys", all("question.comments", "question.nope"));
        assertThat(web.post("/communications", unknown).html())
                .contains("questionKeys[1]: no question &#39;question.nope&#39; in the question bank")
                // What was chosen is kept.
                .containsPattern("value=\"" + id("incident/2025-02-13-event-disruption") + "\"[^>]*checked");
        assertThat(web.get("/communications?year=2025").html().split("class=\"communication-row").length).isEqualTo(before);
    }

    @Test
    void theDeskEditsADraftReordersItsQuestionsAndAStaleVersionIsShown() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        String created = drafted(web);
        WebSession.Page form = web.get(created + "/edit");
        assertThat(form.html()).contains("name=\"version\" value=\"0\"", "name=\"questions[1].text\"", "id=\"add-question\"");

        Map<String, String> edited = new LinkedHashMap<>();
        edited.put("version", "0");
        edited.put("reference", reference(web.get(created)));
        edited.put("type", "AL");
        edited.put("country", "KAZ");
        edited.put("replyDays", "30");
        edited.put("mandateIds", SR_HRD);
        edited.put("redactPersonIds", SERZHAN);
        edited.put("summary", "Edited summary of the letter.");
        edited.put("questions[0].position", "2");
        edited.put("questions[0].text", "First asked, now second.");
        edited.put("questions[3].position", "1");
        edited.put("questions[3].text", "Added, now first.");
        assertThat(path(web.post(created, edited))).isEqualTo(created);

        String view = web.get(created).html();
        assertThat(view).contains("Edited summary of the letter.", "(30 days)", "redacted");
        assertThat(view.indexOf("Added, now first.")).isPositive().isLessThan(view.indexOf("First asked, now second."));

        WebSession.Page stale = web.post(created, edited);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.html()).contains("version: The communication", "was changed by someone else");
        edited.put("version", "1");
        edited.put("replyDays", "sixty");
        assertThat(web.post(created, edited).html()).contains("replyDays: &#39;sixty&#39; is not a whole number");
        edited.put("replyDays", "400");
        assertThat(web.post(created, edited).html()).contains("replyDays: ");
        assertThat(web.get(created).html()).contains("(30 days)");
    }

    @Test
    void aRefusedTransitionShowsTheDomainsReasonAndChangesNothing() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        String created = drafted(web);

        WebSession.Page refused = web.post(created + "/publish", Map.of("version", "0", "date", "2025-10-06"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Not done", "status: a draft cannot be published");
        assertThat(web.post(created + "/send", Map.of("version", "0", "date", "6 October")).html())
                .contains("date: &#39;6 October&#39; is not a date such as 2025-09-25");
        assertThat(web.get(created).html()).contains("Draft").doesNotContain("Not done");

        assertThat(path(web.post(created + "/send", Map.of("version", "0", "date", "2025-10-06")))).isEqualTo(created);
        WebSession.Page sent = web.get(created);
        assertThat(sent.html()).contains("id=\"sent\">2025-10-06", "id=\"deadline\">2025-12-05", "id=\"record-reply\"")
                .doesNotContain("id=\"delete-form\"");
        assertThat(web.post(created + "/delete", Map.of("version", "1")).html()).contains("Not done", "status: ");
        assertThat(web.get(created).status()).isEqualTo(200);
    }

    @Test
    void aReplyRecordedThroughTheFormMapsPassagesToQuestionsAndIsAssessed() {
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        String created = drafted(web);
        path(web.post(created + "/send", Map.of("version", "0", "date", "2025-10-06")));
        assertThat(web.get(created + "/replies/new").html()).contains("name=\"answers[0].questions\"", "name=\"assessments[1].assessment\"");
        assertThat(web.get(created + "/replies/form/answer?index=2").html()).contains("name=\"answers[2].passage\"", "data-index=\"2\"");

        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("received", "2025-10-01");
        reply.put("answers[0].passage", "The Government rejects the allegations.");
        reply.put("answers[0].questions", "3");
        WebSession.Page refused = web.post(created + "/replies", reply);
        assertThat(refused.html()).contains("The record was not saved", "before the letter was sent", "question 3 is not in",
                "The Government rejects the allegations.");
        assertThat(web.get(created).html()).contains("No reply recorded.");

        clock.set(LocalDate.of(2025, 12, 7));
        reply.put("received", "2025-12-06");
        reply.put("dated", "2025-12-04");
        reply.put("stateReference", "25-101");
        reply.put("answers[0].questions", all("1", "2"));
        reply.put("answers[0].claim", "INVESTIGATION_OPEN");
        reply.put("answers[0].incidentIds", id("incident/2025-02-13-event-disruption"));
        reply.put("assessments[0].question", "1");
        reply.put("assessments[0].assessment", "ANSWERED");
        reply.put("assessments[1].question", "2");
        reply.put("assessments[1].assessment", "INFORMATION_PROMISED");
        reply.put("assessments[1].note", "An inquiry is promised.");
        assertThat(path(web.post(created + "/replies", reply))).isEqualTo(created);

        String view = web.get(created).html();
        assertThat(view).contains("Replied", "ref. 25-101", "The Government rejects the allegations.", "1, 2", "Investigation open",
                "Information promised", "An inquiry is promised.");
        String replyId = view.replaceAll("(?s).*href=\"/replies/([0-9a-f-]{36})/edit\".*", "$1");
        WebSession.Page edit = web.get("/replies/" + UUID.fromString(replyId) + "/edit");
        assertThat(edit.html()).contains("value=\"25-101\"", "The Government rejects the allegations.");
        reply.put("version", "0");
        reply.put("assessments[1].assessment", "ANSWERED");
        assertThat(path(web.post("/replies/" + replyId, reply))).isEqualTo(created);
        assertThat(web.get(created).html()).doesNotContain("Information promised");
    }

    @Test
    void viewersAreOfferedNoFormAndAnonymousUsersAreSentToSignIn() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        assertThat(web.get("/communications").html()).doesNotContain("id=\"new-communication\"");
        assertThat(web.get("/communications/new").status()).isEqualTo(403);
        assertThat(web.post(AL_2019 + "/close", Map.of("version", "0")).status()).isEqualTo(403);

        for (String page : List.of("/communications", AL_2019, "/communications/new", AL_2019 + "/letter?format=docx")) {
            WebSession.Page anonymous = WebSession.anonymous(port).get(page);
            assertThat(anonymous.status()).as(page).isEqualTo(302);
            assertThat(anonymous.location()).as(page).endsWith("/login");
        }
    }
}

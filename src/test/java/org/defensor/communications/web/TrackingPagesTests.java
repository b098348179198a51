package org.defensor.communications.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.defensor.communications.Tracking;
import org.defensor.shared.KeyedIds;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The tracking dashboard, the notifications and the navbar badge, on the demo communications. */
@Import(TestClock.Config.class)
@TestPropertySource(properties = "defensor.demo=true")
class TrackingPagesTests extends ServerTest {

    private static final Pattern BADGE = Pattern.compile("id=\"notifications-badge\"[^>]*>(\\d+)</span>");

    @Autowired
    TestClock clock;

    @Autowired
    Tracking tracking;

    private static String id(String key) {
        return KeyedIds.of(key).toString();
    }

    /** The HTML of one section of a page, from its id to its end. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int unread(WebSession web) {
        WebSession.Page badge = web.get("/notifications/badge");
        assertThat(badge.status()).isEqualTo(200);
        Matcher m = BADGE.matcher(badge.html());
        assertThat(m.find()).as(badge.html()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theDashboardListsACommunicationAsOverdueOnceTheClockPassesItsDeadline() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        clock.set(LocalDate.of(2025, 10, 1));
        String before = section(web.get("/communications/tracking").html(), "overdue");
        // AL KAZ 3/2024 was never answered; AL KAZ 4/2025, sent on 25 September 2025, is still within its 60 days.
        assertThat(before).contains("AL KAZ 3/2024").doesNotContain("AL KAZ 4/2025");

        clock.set(LocalDate.of(2025, 11, 26));
        WebSession.Page after = web.get("/communications/tracking");

        assertThat(after.status()).isEqualTo(200);
        assertThat(section(after.html(), "overdue")).contains("AL KAZ 4/2025", "2025-11-24",
                "href=\"/communications/" + id("communication/al-kaz-4-2025") + "\"");
    }

    @Test
    void theDashboardShowsTheQuestionsNoReplyAnsweredWithTheirAssessment() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        clock.set(LocalDate.of(2025, 10, 1));

        String unanswered = section(web.get("/communications/tracking").html(), "unanswered");

        // Reply 20-404 left question 7 of AL KAZ 4/2019 not answered and only promised information on question 8.
        assertThat(unanswered).contains("AL KAZ 4/2019",
                "Please provide information on any other measures taken by the authorities to prevent calls for",
                "Not answered", "Information promised")
                // Question 9 was answered.
                .doesNotContain("foster, embrace and celebrate");
        // AL KAZ 3/2024 had no reply at all: its questions are open and nobody assessed them.
        assertThat(unanswered).contains("AL KAZ 3/2024", "current status of the petition", "Not assessed");
    }

    @Test
    void theDashboardShowsRepliesToAssessResponseRatesAndFollowUpChains() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        clock.set(LocalDate.of(2025, 10, 1));

        String html = web.get("/communications/tracking").html();

        // The second reply to AL KAZ 4/2019 was recorded without assessments.
        assertThat(section(html, "awaiting-assessment")).contains("AL KAZ 4/2019", "2020-05-22");
        // Kazakhstan replied to two of four letters, after 59 and 57 days.
        assertThat(section(html, "responses")).contains("KAZ", "58 days");
        String chains = section(html, "chains");
        assertThat(chains.indexOf("AL KAZ 4/2019")).isNotNegative()
                .isLessThan(chains.indexOf("AL KAZ 4/2021"));
        assertThat(chains.indexOf("AL KAZ 4/2021")).isLessThan(chains.indexOf("AL KAZ 4/2025"));
    }

    @Test
    void theBadgeCountsUnreadNotificationsAndDropsWhenOneIsMarkedRead() {
        clock.set(LocalDate.of(2030, 1, 1));
        // Everything overdue by then is notified now, so that only the letter below is new.
        tracking.checkDeadlines();
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        assertThat(web.get("/communications/tracking").html()).contains("hx-get=\"/notifications/badge\"");
        int before = unread(web);

        Api.Reply created = editor.post("/api/v1/communications", """
                {"type": "UA", "country": "ARM", "questions": [{"text": "Please explain."}]}""");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String cid = created.body().get("id").asText();
        String reference = created.body().get("reference").asText();
        assertThat(editor.post("/api/v1/communications/" + cid + "/send",
                "{\"version\": " + created.body().get("version").asLong() + ", \"date\": \"2030-01-01\"}").status())
                .isEqualTo(200);
        clock.advance(Duration.ofDays(61));
        tracking.checkDeadlines();

        assertThat(unread(web)).isEqualTo(before + 1);
        WebSession.Page notifications = web.get("/notifications");
        assertThat(notifications.html()).contains("href=\"/communications/" + cid + "\"", reference);
        // Newest first: the deadline that passed last comes before the demo letter's.
        assertThat(notifications.html().indexOf(reference)).isLessThan(notifications.html().indexOf("AL KAZ 4/2025"));

        JsonNode mine = StreamSupport.stream(editor.get("/api/v1/tracking/notifications").body().spliterator(), false)
                .filter(n -> n.get("communicationId").asText().equals(cid)).findFirst().orElseThrow();
        String markRead = "/notifications/" + mine.get("id").asText() + "/read";
        assertThat(notifications.html()).contains("action=\"" + markRead + "\"");
        WebSession.Page read = web.post(markRead, Map.of());

        assertThat(read.status()).isEqualTo(302);
        assertThat(read.location()).endsWith("/notifications");
        assertThat(unread(web)).isEqualTo(before);
        assertThat(web.get("/notifications").html()).contains(reference).doesNotContain("action=\"" + markRead + "\"");
    }

    @Test
    void markingReadAnUnknownNotificationIsNotFound() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        web.get("/notifications");

        WebSession.Page refused = web.post("/notifications/" + UUID.randomUUID() + "/read", Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.html()).contains("No notification with id");
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndSeeNoBadge() {
        WebSession anonymousWeb = WebSession.anonymous(port);
        for (String path : new String[] {"/communications/tracking", "/notifications", "/notifications/badge"}) {
            WebSession.Page page = anonymousWeb.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/login");
        }
        assertThat(anonymousWeb.get("/login").html()).doesNotContain("notifications/badge", "/communications/tracking");
    }
}

package org.defensor.communications.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.defensor.shared.KeyedIds;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The public pages, without signing in, on the demo data with three communications published:
 * AL KAZ 4/2019 with Gulzada Serzhan redacted, AL KAZ 3/2024 with its five mandates, and an urgent
 * appeal to Armenia of 2025 from the Independent Expert on sexual orientation and gender identity.
 */
@Import(TestClock.Config.class)
@TestPropertySource(properties = "defensor.demo=true")
class PublicPagesTests extends ServerTest {

    private static final String AL_2019 = id("communication/al-kaz-4-2019");
    private static final String AL_2024 = id("communication/al-kaz-3-2024");
    private static final String AL_2025 = id("communication/al-kaz-4-2025");
    private static final String SERZHAN = id("person/gulzada-serzhan");

    @Autowired
    TestClock clock;

    private WebSession web;
    /** The reference of the urgent appeal to Armenia. */
    private String armenia;

    private static String id(String key) {
        return KeyedIds.of(key).toString();
    }

    private String mandateId(String shortName) {
        return StreamSupport.stream(viewer.get("/api/v1/mandates").body().spliterator(), false)
                .filter(m -> m.get("shortName").asText().equals(shortName)).findFirst().orElseThrow()
                .get("id").asText();
    }

    private void publish(String cid, String date) {
        long version = viewer.get("/api/v1/communications/" + cid).body().get("version").asLong();
        Api.Reply published = editor.post("/api/v1/communications/" + cid + "/publish",
                "{\"version\": " + version + ", \"date\": \"" + date + "\"}");
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
    }

    /** Publishes the three communications once per server (each test class has its own). */
    @BeforeEach
    void publishThree() {
        web = WebSession.anonymous(port);
        List<JsonNode> toArmenia = StreamSupport.stream(viewer.get("/api/v1/communications?country=ARM").body().spliterator(), false)
                .toList();
        if (!toArmenia.isEmpty()) {
            armenia = toArmenia.get(0).get("reference").asText();
            return;
        }
        JsonNode letter = viewer.get("/api/v1/communications/" + AL_2019).body();
        ((ObjectNode) letter).putArray("redactPersonIds").add(SERZHAN);
        assertThat(editor.put("/api/v1/communications/" + AL_2019, letter.toString()).status()).isEqualTo(200);
        publish(AL_2019, "2020-02-24");
        publish(AL_2024, "2024-10-29");

        clock.set(LocalDate.of(2025, 10, 6));
        Api.Reply created = editor.post("/api/v1/communications", Api.json(Map.of(
                "type", "UA", "country", "ARM", "mandateIds", List.of(mandateId("IE SOGI")),
                "summary", "Threats against a defender of the rights of LGBT persons in Yerevan.",
                "questions", List.of(Map.of("text", "Please explain the measures taken.")))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String cid = created.body().get("id").asText();
        armenia = created.body().get("reference").asText();
        assertThat(editor.post("/api/v1/communications/" + cid + "/send",
                "{\"version\": " + created.body().get("version").asLong() + ", \"date\": \"2025-10-06\"}").status())
                .isEqualTo(200);
        publish(cid, "2025-10-06");
    }

    @Test
    void anyoneSeesThePublishedCommunicationsWithoutSigningInAndNothingPrivate() {
        WebSession.Page list = web.get("/public/communications");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("AL KAZ 4/2019", "AL KAZ 3/2024", armenia, "Urgent appeal", "ARM",
                "Special Rapporteur on the situation of human rights defenders",
                "href=\"/public/communications/" + AL_2019 + "\"")
                // Sent but not published (AL KAZ 4/2019's summary names 4/2025: only its entry must be absent),
                // and the private navigation.
                .doesNotContain(AL_2025, "Alleged lack of effective remedies", "AL KAZ 4/2021", "href=\"/incidents\"",
                        "/communications/tracking",
                        "notifications/badge");
        // Newest publication first.
        assertThat(list.html().indexOf(armenia)).isLessThan(list.html().indexOf("AL KAZ 3/2024"));
        assertThat(list.html().indexOf("AL KAZ 3/2024")).isLessThan(list.html().indexOf("AL KAZ 4/2019"));
    }

    @Test
    void aPublishedCommunicationShowsItsLetterAndRepliesWithTheRedactedNameWithheld() {
        WebSession.Page page = web.get("/public/communications/" + AL_2019);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("[REDACTED]", "Zhanar Sekerbayeva",
                // The letter's questions, inside the page.
                "class=\"part-questions\"", "registration process of",
                // Both replies, the first with the State's reference.
                "2019-12-23", "20-404", "2020-05-22")
                .doesNotContain("Serzhan", "Gulzada");
        // The letter's own document is not nested in the page: one body only.
        assertThat(page.html().split("<body", -1)).hasSize(2);
        for (String format : List.of("docx", "pdf", "html")) {
            String link = "/api/v1/public/communications/" + AL_2019 + "/letter?format=" + format;
            assertThat(page.html()).contains("href=\"" + link + "\"");
            Api.Download download = anonymous.download(link);
            assertThat(download.status()).as(link).isEqualTo(200);
            assertThat(download.bytes()).as(link).isNotEmpty();
        }
    }

    @Test
    void anUnpublishedOrUnknownCommunicationIsNotFoundAndShowsNothingOfIt() {
        WebSession.Page unpublished = web.get("/public/communications/" + AL_2025);
        WebSession.Page unknown = web.get("/public/communications/" + UUID.randomUUID());

        assertThat(unpublished.status()).isEqualTo(404);
        assertThat(unpublished.html()).contains("No published communication")
                .doesNotContain("AL KAZ 4/2025", "Alleged lack of effective remedies", "Sekerbayeva");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.html()).contains("No published communication");
    }

    @Test
    void theFiltersNarrowTheListByStateTypeYearAndMandate() {
        assertThat(web.get("/public/communications?country=ARM").html()).contains(armenia)
                .doesNotContain("AL KAZ 4/2019", "AL KAZ 3/2024");
        assertThat(web.get("/public/communications?type=UA").html()).contains(armenia)
                .doesNotContain("AL KAZ 4/2019", "AL KAZ 3/2024");
        assertThat(web.get("/public/communications?year=2019").html()).contains("AL KAZ 4/2019")
                .doesNotContain("AL KAZ 3/2024", armenia);
        String hrd = mandateId("SR HRD");
        WebSession.Page byMandate = web.get("/public/communications?mandate=" + hrd);
        assertThat(byMandate.html()).contains("AL KAZ 3/2024", "value=\"" + hrd + "\" selected=\"selected\"")
                .doesNotContain("AL KAZ 4/2019", armenia);
        // Together, and with the empty choices the form sends for "any".
        assertThat(web.get("/public/communications?country=KAZ&mandate=&type=AL&year=2024").html())
                .contains("AL KAZ 3/2024").doesNotContain("AL KAZ 4/2019", armenia);
        assertThat(web.get("/public/communications?country=ARM&year=2019").html())
                .contains("No published communication matches").doesNotContain(armenia);
    }

    @Test
    void aFilterValueOfTheWrongKindIsRefusedNamingTheFieldAndWhy() {
        WebSession.Page badType = web.get("/public/communications?type=LETTER");
        WebSession.Page badYear = web.get("/public/communications?year=last");

        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.html()).contains("type: unknown value", "LETTER", "allowed: AL, UA, OL");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.html()).contains("year:", "last", "is not a year");
    }
}

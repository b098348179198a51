package org.defensor.communications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Reminders of recommendations' follow-up deadlines, in the desk's notifications. */
@Import(TestClock.Config.class)
class FollowUpReminderTests extends ServerTest {

    @Autowired
    TestClock clock;

    @Autowired
    Tracking tracking;

    private JsonNode recommendation(String identifier, String deadline, String level) {
        Api.Reply created = editor.post("/api/v1/recommendations", """
                {"mechanism": "TREATY_BODY", "document": "CCPR/C/MNG/CO/9", "identifier": "%s", "text": "Protect defenders %s",
                 "date": "2040-03-01", "stateUnderReview": "MNG", "followUpDeadline": "%s", "confidentiality": "%s"}"""
                .formatted(identifier, identifier, deadline, level));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body();
    }

    private static List<String> about(Api api, String document) {
        return StreamSupport.stream(api.get("/api/v1/tracking/notifications").body().spliterator(), false)
                .map(n -> n.get("text").asText()).filter(t -> t.contains(document)).toList();
    }

    @Test
    void theDeskIsRemindedOnceBeforeAndOnceAfterAFollowUpDeadlineOfWhatItMayRead() {
        clock.set(LocalDate.of(2040, 3, 2));
        tracking.checkDeadlines();
        JsonNode due = recommendation("21", "2040-03-20", "PUBLIC");
        recommendation("22", "2040-03-25", "CONFIDENTIAL");
        recommendation("23", "2041-03-01", "PUBLIC");
        JsonNode implemented = recommendation("24", "2040-03-10", "PUBLIC");
        assertThat(editor.post("/api/v1/recommendations/" + implemented.get("id").asText() + "/assessments?version=0", """
                {"status": "IMPLEMENTED", "date": "2040-03-02", "reasoning": "law adopted", "confidentiality": "PUBLIC"}""").status())
                .isEqualTo(201);

        assertThat(tracking.checkDeadlines()).isEqualTo(2);
        assertThat(tracking.checkDeadlines()).isZero();
        assertThat(about(viewer, "CCPR/C/MNG/CO/9")).containsExactly("The follow-up of CCPR/C/MNG/CO/9 para. 21 (MNG) is due on 20 March 2040.");
        assertThat(about(admin, "CCPR/C/MNG/CO/9")).containsExactlyInAnyOrder(
                "The follow-up of CCPR/C/MNG/CO/9 para. 21 (MNG) is due on 20 March 2040.",
                "The follow-up of CCPR/C/MNG/CO/9 para. 22 (MNG) is due on 25 March 2040.");
        JsonNode notice = StreamSupport.stream(viewer.get("/api/v1/tracking/notifications").body().spliterator(), false)
                .filter(n -> n.get("text").asText().contains("para. 21")).findFirst().orElseThrow();
        assertThat(notice.get("recommendationId").asText()).isEqualTo(due.get("id").asText());
        assertThat(notice.get("communicationId").isNull()).isTrue();

        clock.advance(Duration.ofDays(20));
        assertThat(tracking.checkDeadlines()).isEqualTo(1);
        assertThat(about(viewer, "para. 21")).contains(
                "The follow-up deadline of CCPR/C/MNG/CO/9 para. 21 (MNG) passed on 20 March 2040; no assessment finds it implemented.");
        assertThat(org.defensor.support.WebSession.signIn(port, "test-viewer", PASSWORD).get("/notifications").html())
                .contains("href=\"/recommendations/" + due.get("id").asText() + "\"");
    }
}

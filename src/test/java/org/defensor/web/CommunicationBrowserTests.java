package org.defensor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.defensor.support.BrowserTest;
import org.defensor.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The desk officer's journey in a real browser (headless Debian Chromium) on the demo data: draft an
 * allegation letter about the 2025 incidents concerning the two defenders, download its DOCX, send it,
 * let the deadline pass, record the State's reply through the reply form, find the question it left
 * unanswered, and publish it with a defender's name redacted on the public page.
 */
@Import(TestClock.Config.class)
@TestPropertySource(properties = "defensor.demo=true")
class CommunicationBrowserTests extends BrowserTest {

    private static final String SERZHAN = org.defensor.shared.KeyedIds.of("person/gulzada-serzhan").toString();

    @Autowired
    TestClock clock;


    private byte[] downloadWithTheBrowsersSession(String path) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("AL-KAZ-5-2025.docx");
        return response.body();
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
    void aDeskOfficerDraftsSendsTracksRecordsTheReplyAndPublishesALetterAboutTheTwoDefendersRedacted() throws Exception {
        clock.set(LocalDate.of(2025, 10, 6));
        ui.open("/communications");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        ui.signIn("test-editor", PASSWORD);

        // The draft form: Kazakhstan, the next free reference this year.
        ui.open("/communications");
        ui.click(browser.findElement(By.id("new-communication")));
        new Select(ui.field("type")).selectByValue("AL");
        ui.field("country").sendKeys("KAZ");
        wait.until(ExpectedConditions.textToBe(By.id("reference-offered"), "AL KAZ 5/2025"));

        // The 2025 incidents concerning both defenders.
        Select persons = new Select(ui.field("personIds"));
        persons.selectByVisibleText("Zhanar Sekerbayeva");
        persons.selectByVisibleText("Gulzada Serzhan");
        assertThat(ui.field("year").getAttribute("value")).isEqualTo("2025");
        wait.until(d -> {
            String offered = d.findElement(By.id("incident-choices")).getText();
            return offered.contains("Fines of KZT 393 200") && !offered.contains("Arrest of Zhanar Sekerbayeva");
        });
        List<String> incidentIds = browser.findElements(By.cssSelector("#incident-choices .incident-choice")).stream()
                .map(box -> box.getAttribute("value")).toList();
        assertThat(incidentIds).hasSizeGreaterThanOrEqualTo(3);
        incidentIds.forEach(id -> ui.click(browser.findElement(By.id("incident-" + id))));

        for (String mandate : List.of("SR HRD", "SR FoAA", "IE SOGI")) {
            ui.click(browser.findElement(By.cssSelector("input[data-short-name='" + mandate + "']")));
        }
        for (String key : List.of("question.comments", "question.accountability", "question.investigations", "question.protection")) {
            ui.click(browser.findElement(By.cssSelector("input[value='" + key + "']")));
        }
        assertThat(browser.findElement(By.id("reference-offered")).getText()).isEqualTo("AL KAZ 5/2025");
        ui.click(browser.findElement(By.id("save")));

        wait.until(ExpectedConditions.textToBe(By.id("reference"), "AL KAZ 5/2025"));
        String communication = browser.getCurrentUrl().replace("http://localhost:" + port, "");
        assertThat(browser.findElements(By.cssSelector("#questions .question"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#incidents li"))).hasSize(incidentIds.size());

        // The DOCX, with the browser's session: facts in date order, the accountability question naming each
        // incident, the annex citing the ICCPR.
        List<JsonNode> chosen = incidentIds.stream().map(id -> viewer.get("/api/v1/incidents/" + id).body())
                .sorted(Comparator.comparing((JsonNode i) -> i.get("start").asText())).toList();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(downloadWithTheBrowsersSession(communication + "/letter?format=docx")))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<Integer> facts = chosen.stream().map(i -> indexOfContaining(paragraphs, i.get("title").asText())).toList();
            assertThat(facts).doesNotContain(-1).isSorted();
            String accountability = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).map(XWPFParagraph::getText)
                    .filter(p -> p.contains("held to account")).findFirst().orElseThrow();
            chosen.forEach(i -> assertThat(accountability).contains(i.get("title").asText()));
            int annex = indexOfContaining(paragraphs, "ICCPR, article");
            assertThat(annex).isGreaterThan(indexOfContaining(paragraphs, accountability));
            assertThat(String.join("\n", paragraphs.subList(annex, paragraphs.size()))).contains("ICCPR, article 9", "ICCPR, article 21");
        }

        // Sent today; sixty-one days later it is overdue in the list.
        assertThat(ui.field("date").getAttribute("value")).isEqualTo("2025-10-06");
        ui.click(browser.findElement(By.id("send")));
        wait.until(ExpectedConditions.textToBe(By.id("sent"), "2025-10-06"));
        assertThat(browser.findElement(By.id("deadline")).getText()).isEqualTo("2025-12-05");

        clock.advance(Duration.ofDays(61));
        ui.open("/communications");
        new Select(ui.field("status")).selectByValue("OVERDUE");
        wait.until(d -> d.getCurrentUrl().contains("status=OVERDUE"));
        WebElement overdue = wait.until(d -> d.findElements(By.cssSelector("#rows .communication-row")).stream()
                .filter(row -> row.getText().contains("AL KAZ 5/2025")).findFirst().orElse(null));
        assertThat(overdue.findElement(By.cssSelector(".status")).getText()).isEqualTo("Overdue");
        assertThat(browser.findElement(By.id("rows")).getText()).doesNotContain("AL KAZ 4/2019");

        // The State's reply answers questions 1 to 3, not 4.
        ui.click(overdue.findElement(By.linkText("AL KAZ 5/2025")));
        ui.click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-reply"))));
        ui.date("received", LocalDate.of(2025, 12, 6));
        ui.date("dated", LocalDate.of(2025, 12, 4));
        ui.field("stateReference").sendKeys("25-101");
        ui.field("answers[0].passage").sendKeys("The Government rejects the allegations.");
        ui.click(browser.findElement(By.id("answers-0-q1")));
        ui.click(browser.findElement(By.id("answers-0-q2")));
        ui.click(browser.findElement(By.id("add-answer")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("answers[1].passage"))).sendKeys("An inquiry is under way.");
        ui.click(browser.findElement(By.id("answers-1-q3")));
        new Select(ui.field("answers[1].claim")).selectByValue("INVESTIGATION_OPEN");
        new Select(ui.field("assessments[0].assessment")).selectByValue("ANSWERED");
        new Select(ui.field("assessments[1].assessment")).selectByValue("PARTIALLY_ANSWERED");
        new Select(ui.field("assessments[2].assessment")).selectByValue("ANSWERED");
        new Select(ui.field("assessments[3].assessment")).selectByValue("NOT_ANSWERED");
        ui.click(browser.findElement(By.id("save")));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".reply")));
        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Replied");
        assertThat(browser.findElements(By.cssSelector("#questions .assessment")).stream().map(WebElement::getText).toList())
                .containsExactly("Answered", "Partially answered", "Answered", "Not answered");
        assertThat(browser.findElement(By.cssSelector(".reply .answers")).getText())
                .contains("The Government rejects the allegations.", "1, 2", "An inquiry is under way.", "Investigation open");

        // Question 4 is the one the State left unanswered.
        ui.open("/communications/tracking");
        List<List<String>> unanswered = browser.findElements(By.cssSelector("#unanswered tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(cells -> cells.get(0).equals("AL KAZ 5/2025")).toList();
        assertThat(unanswered).hasSize(1);
        assertThat(unanswered.get(0).get(1)).isEqualTo("4");
        assertThat(unanswered.get(0).get(3)).isEqualTo("Not answered");

        // Before publishing, Gulzada Serzhan is marked for redaction; the public page then shows [REDACTED] in her place.
        ui.open(communication);
        ui.click(browser.findElement(By.id("edit")));
        ui.click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("redact-" + SERZHAN))));
        ui.click(browser.findElement(By.id("save")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish")));
        ui.click(browser.findElement(By.id("publish")));
        wait.until(ExpectedConditions.textToBe(By.id("published"), "2025-12-06"));

        browser.manage().deleteAllCookies();
        ui.open("/public" + communication);
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        String published = browser.findElement(By.tagName("main")).getText();
        assertThat(published).contains("AL KAZ 5/2025", "[REDACTED]", "Zhanar Sekerbayeva").doesNotContain("Serzhan");
    }
}

package org.defensor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.defensor.support.Api;
import org.defensor.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser (headless Chromium): an editor opens an incident, sees a suggested recommendation
 * with why, accepts it (htmx), and finds the incident as evidence in the implementation report.
 */
class RecommendationSuggestionBrowserTests extends BrowserTest {

    @Test
    void anEditorAcceptsASuggestedRecommendationOnAnIncidentAndSeesTheIncidentInTheImplementationReport() {
        String document = "A/HRC/BRW/" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply rec = editor.post("/api/v1/recommendations", """
                {"mechanism": "UPR", "document": "%s", "identifier": "7.1", "stateUnderReview": "KAZ", "date": "2025-01-23",
                 "text": "Guarantee peaceful assembly and stop police dispersing assemblies of defenders", "recommendingStates": ["NOR"],
                 "position": "SUPPORTED", "rights": ["FREEDOM_OF_PEACEFUL_ASSEMBLY"], "themes": ["FREEDOM_OF_ASSEMBLY"],
                 "confidentiality": "PUBLIC"}""".formatted(document));
        assertThat(rec.status()).as(rec.raw()).isEqualTo(201);
        String recId = rec.body().get("id").asText();
        Api.Reply person = editor.post("/api/v1/persons", """
                {"name": "Browser Assembly Testova", "confidentiality": "PUBLIC"}""");
        Api.Reply incident = editor.post("/api/v1/incidents", """
                {"title": "Police dispersed a picket of defenders in Oral", "start": "2025-03-08", "confidentiality": "PUBLIC",
                 "place": {"country": "KAZ", "city": "Oral"}, "themes": ["FREEDOM_OF_ASSEMBLY"],
                 "acts": [{"type": "DISRUPTION_OF_EVENT", "victims": [{"personId": "%s"}], "rights": ["FREEDOM_OF_PEACEFUL_ASSEMBLY"]}]}"""
                .formatted(person.body().get("id").asText()));
        assertThat(incident.status()).as(incident.raw()).isEqualTo(201);
        String incidentId = incident.body().get("id").asText();

        ui.open("/incidents/" + incidentId);
        ui.signIn("test-editor", PASSWORD);
        ui.open("/incidents/" + incidentId);
        WebElement suggestion = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#suggestions .suggestion[data-recommendation='" + recId + "']")));
        assertThat(suggestion.findElement(By.className("suggestion-reasons")).getText())
                .contains("same State (KAZ)", "same rights: Freedom of peaceful assembly");
        suggestion.findElement(By.name("note")).sendKeys("picket dispersed, no one held to account");
        ui.click(suggestion.findElement(By.className("accept-suggestion")));

        WebElement bearings = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bearing .bearings")));
        assertThat(bearings.getText()).contains("UPR 7.1", "picket dispersed, no one held to account");
        assertThat(browser.findElements(By.cssSelector("#suggestions .suggestion[data-recommendation='" + recId + "']"))).isEmpty();

        ui.open("/recommendations/report?state=KAZ&mechanism=UPR");
        assertThat(browser.getPageSource()).contains("Police dispersed a picket of defenders in Oral", "picket dispersed, no one held to account");
    }
}

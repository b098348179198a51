package org.defensor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defensor.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The documenter's main journey in a real browser (headless Debian Chromium): sign in, create a
 * person, enter an incident with two acts through the forms, and find it on the case file.
 */
class CaseFileBrowserTests extends BrowserTest {

    @Test
    void aDocumenterEntersAnIncidentWithTwoActsAndFindsItOnTheCaseFile() {
        ui.open("/persons");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        ui.signIn("test-editor", PASSWORD);

        ui.open("/persons/new");
        // The navbar loads the unread count on its own (htmx, under the content security policy); nothing is due yet.
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notifications-badge"))).getText())
                .isEqualTo("0");
        ui.field("name").sendKeys("Aigerim Browser-Testova");
        new Select(ui.field("confidentiality")).selectByValue("PUBLIC");
        ui.click(browser.findElement(By.id("save")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("casefile-name")));
        String caseFileUrl = browser.getCurrentUrl();

        ui.open("/incidents/new");
        ui.field("title").sendKeys("Disruption of a training in Almaty");
        ui.field("start").sendKeys("2025-02-13");
        ui.field("time").sendKeys("11:00");
        ui.field("city").sendKeys("Almaty");
        ui.click(browser.findElement(By.id("add-act")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("acts[0].type")));
        ui.click(browser.findElement(By.id("add-act")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("acts[1].type")));

        new Select(ui.field("acts[0].type")).selectByValue("DISRUPTION_OF_EVENT");
        new Select(ui.field("acts[0].victims")).selectByVisibleText("Aigerim Browser-Testova");
        new Select(ui.field("acts[1].type")).selectByValue("ARBITRARY_ARREST");
        new Select(ui.field("acts[1].victims")).selectByVisibleText("Aigerim Browser-Testova");
        ui.field("acts[1].duration.amount").sendKeys("3.5");
        new Select(ui.field("acts[1].duration.unit")).selectByValue("HOURS");
        ui.click(browser.findElement(By.name("acts[1].duration.approximate")));
        ui.click(browser.findElement(By.id("save")));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-title")));
        assertThat(browser.findElement(By.id("incident-title")).getText()).isEqualTo("Disruption of a training in Almaty");
        List<String> acts = browser.findElements(By.cssSelector(".act strong")).stream().map(WebElement::getText).toList();
        assertThat(acts).containsExactly("Disruption of event", "Arbitrary arrest");
        assertThat(browser.getPageSource()).contains("approx. 3 h 30 min");

        browser.get(caseFileUrl);
        WebElement timeline = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(timeline.getText()).contains("Disruption of a training in Almaty", "13 February 2025", "Arbitrary arrest");
        assertThat(browser.findElement(By.cssSelector(".incident-title")).getText()).isEqualTo("Disruption of a training in Almaty");
    }
}

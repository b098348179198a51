package org.defensor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The documenter's main journey in a real browser (headless Debian Chromium): sign in, create a
 * person, enter an incident with two acts through the forms, and find it on the case file.
 */
class CaseFileBrowserTests extends ServerTest {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Clicks like a person would, after scrolling the element into view (instantly: Bootstrap makes scrolling smooth). */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private WebElement field(String name) {
        return browser.findElement(By.name(name));
    }

    @Test
    void aDocumenterEntersAnIncidentWithTwoActsAndFindsItOnTheCaseFile() {
        open("/persons");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        field("username").sendKeys("test-editor");
        field("password").sendKeys(PASSWORD);
        click(browser.findElement(By.id("sign-in")));

        open("/persons/new");
        // The navbar loads the unread count on its own (htmx, under the content security policy); nothing is due yet.
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notifications-badge"))).getText())
                .isEqualTo("0");
        field("name").sendKeys("Aigerim Browser-Testova");
        new Select(field("confidentiality")).selectByValue("PUBLIC");
        click(browser.findElement(By.id("save")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("casefile-name")));
        String caseFileUrl = browser.getCurrentUrl();

        open("/incidents/new");
        field("title").sendKeys("Disruption of a training in Almaty");
        field("start").sendKeys("2025-02-13");
        field("time").sendKeys("11:00");
        field("city").sendKeys("Almaty");
        click(browser.findElement(By.id("add-act")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("acts[0].type")));
        click(browser.findElement(By.id("add-act")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("acts[1].type")));

        new Select(field("acts[0].type")).selectByValue("DISRUPTION_OF_EVENT");
        new Select(field("acts[0].victims")).selectByVisibleText("Aigerim Browser-Testova");
        new Select(field("acts[1].type")).selectByValue("ARBITRARY_ARREST");
        new Select(field("acts[1].victims")).selectByVisibleText("Aigerim Browser-Testova");
        field("acts[1].duration.amount").sendKeys("3.5");
        new Select(field("acts[1].duration.unit")).selectByValue("HOURS");
        click(browser.findElement(By.name("acts[1].duration.approximate")));
        click(browser.findElement(By.id("save")));

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

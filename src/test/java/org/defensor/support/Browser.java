package org.defensor.support;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium (/usr/bin/chromium and /usr/bin/chromedriver, or the system properties
 * chromium.binary and chromedriver.binary) on the test server, used the way a person uses the pages.
 */
public final class Browser implements AutoCloseable {

    private final int port;
    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser(int port) {
        this.port = port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        // htmx replaces parts of the page while a test waits for them.
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Clicks like a person would, after scrolling the element into view (instantly: Bootstrap makes scrolling smooth). */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    /** Sets a date input: typing into one depends on the browser's locale. */
    public void date(String name, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field(name), day.toString());
    }

    /** Signs in on the page the browser was sent to. */
    public void signIn(String username, String password) {
        field("username").sendKeys(username);
        field("password").sendKeys(password);
        click(driver.findElement(By.id("sign-in")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}

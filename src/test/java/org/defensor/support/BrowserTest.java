package org.defensor.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test on the real server with a fresh headless Chromium for each test. */
public abstract class BrowserTest extends ServerTest {

    protected Browser ui;
    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ui = new Browser(port);
        browser = ui.driver();
        wait = ui.waiting();
    }

    @AfterEach
    void closeBrowser() {
        if (ui != null) {
            ui.close();
        }
    }
}

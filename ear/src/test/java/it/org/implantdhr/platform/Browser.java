package it.org.implantdhr.platform;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser: Debian's Chromium, as its headless shell (package chromium-headless-shell),
 * driven through its ChromeDriver (given explicitly, so that Selenium never goes looking for a
 * driver on the network). The headless shell is Chromium's own engine (Blink, V8, its network
 * stack) without the desktop browser around it; it is what Puppeteer and Playwright drive for
 * headless tests. On this 2-core machine it takes less than half the CPU of {@code chromium
 * --headless=new} for the same pages, and the browser tests' Chromium was the largest consumer of
 * the suite's CPU.
 *
 * <p>Each test gets a browser that knows nothing of earlier tests: no cookies (so no session), no
 * stored data, one window of the default size on a blank page. Starting Chromium and its driver
 * takes seconds of a 2-core machine, so a closed browser is wiped to that state (through the
 * DevTools protocol, as a user's "clear browsing data" does) and handed to the next test of the
 * run, rather than started anew; a browser that cannot be wiped is quit. The run's browsers quit
 * when the test JVM ends.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM =
            System.getProperty("browser.binary", "/usr/lib/chromium/chromium-headless-shell");
    private static final String DRIVER =
            System.getProperty("browser.driver", "/usr/bin/chromedriver");

    private static final AtomicBoolean APPLICATION_WARMED_UP = new AtomicBoolean();

    private static final long POLL_MILLIS = 40;

    private static final Dimension WINDOW = new Dimension(1280, 1000);

    /** Wiped browsers waiting for the next test; more than one when a test used two at once. */
    private static final Deque<Browser> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    for (Browser idle; (idle = IDLE.poll()) != null; ) {
                                        idle.quit();
                                    }
                                },
                                "quit-browsers"));
    }

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** A browser without any trace of earlier tests: a wiped one of this run's, or a new one. */
    public static Browser start() {
        Browser idle = IDLE.poll();
        return idle != null ? idle : launch();
    }

    private static Browser launch() {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException(
                    "Browser tests need Debian's chromium-headless-shell and chromium-driver ("
                            + CHROMIUM
                            + ", "
                            + DRIVER
                            + "): apt-get install chromium-headless-shell chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the console, so that a Content-Security-Policy violation (a button whose script the
        // browser refused) fails the test instead of passing unseen
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        // no --user-data-dir: given one, the headless shell shows ChromeDriver no page ("unable to
        // discover open pages");
        // ChromeDriver gives each browser a new temporary profile and deletes it on quit
        options.addArguments(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application, e.g. "/qa/queue.xhtml". */
    public Browser open(String path) {
        driver.get(Api.BASE + path);
        return this;
    }

    /**
     * Sends the login form once, empty, from the run's first browser. The first form posted to a
     * freshly deployed application is sometimes answered "session expired" (MyFaces could not
     * restore the view it had just rendered; seen only on the first form after a deployment). The
     * application is deployed once per run, so one harmless form first lets every test see the
     * application as users do later.
     */
    Browser warmUp() {
        if (APPLICATION_WARMED_UP.compareAndSet(false, true)) {
            open("/login.xhtml").submit("login:submit");
            waitFor(By.cssSelector("#login, #expired"));
        }
        return this;
    }

    /**
     * Clicks a link, or a button that sends a form, and waits until the page that answers has
     * loaded (reading the page right after a plain {@link #click} may still find the old one). The
     * old page is marked with a script variable that the new page no longer has. Waiting for an old
     * element to go stale is not enough: while the page is being replaced ChromeDriver sometimes
     * answers "Node with given id does not belong to the document" instead of "stale element", and
     * any such answer here only means the page is changing.
     */
    public Browser submit(String buttonId) {
        return awaitPageAfter(() -> click(buttonId));
    }

    /**
     * Follows a link found on the page (a table row's link, say) and waits for the page it opens,
     * as {@link #submit}.
     */
    public Browser follow(WebElement link) {
        return awaitPageAfter(link::click);
    }

    private Browser awaitPageAfter(Runnable click) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.implantdhrOldPage = true;");
        click.run();
        waiting(Duration.ofSeconds(120))
                .ignoring(WebDriverException.class)
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        script.executeScript(
                                                "return window.implantdhrOldPage === undefined && document.readyState === 'complete';")));
        return this;
    }

    /** Logs in through the login page as the given person and waits for the page behind it. */
    public Browser loginAs(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        waitFor(By.id("signed-in-as"));
        return this;
    }

    /** Logs in as the integration tests' user of that role (see {@link People}). */
    public Browser loginAs(String role) {
        People.as(role);
        return loginAs("it." + role.toLowerCase().replace('_', '-'), People.PASSWORD);
    }

    public Browser type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String id) {
        element(id).click();
        return this;
    }

    public WebElement element(String id) {
        return waitFor(By.id(id));
    }

    public WebElement waitFor(By by) {
        return waiting(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * A wait on this browser that looks again every {@value #POLL_MILLIS} ms until {@code timeout}.
     * Selenium's default of 500 ms would make each page change of a test wait half a second more
     * than the page takes, several minutes over the suite; a look is one script call, cheap.
     */
    public WebDriverWait waiting(Duration timeout) {
        return (WebDriverWait)
                new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(POLL_MILLIS));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text(String id) {
        return element(id).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(Api.BASE.length());
    }

    /** Screenshot and page source, for a test that failed. */
    public void keepEvidence(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
            Files.writeString(
                    directory.resolve(name + ".html"),
                    driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep a screenshot of " + name + ": " + e);
        }
    }

    /**
     * The messages of the browser's console that report a refusal by the Content-Security-Policy,
     * since the last call (reading empties the browser's log).
     */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(
                        m ->
                                m.contains("Content Security Policy")
                                        || m.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Hands the browser, wiped, to the next test (quits it if it cannot be wiped); fails when the
     * page's Content-Security-Policy refused anything during the test.
     */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = contentSecurityPolicyViolations();
        } catch (WebDriverException noLog) {
            violations = List.of();
        }
        if (wiped()) {
            IDLE.push(this);
        } else {
            quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "The browser refused content by the Content-Security-Policy: " + violations);
        }
    }

    /**
     * Back to the state of a new browser: other windows closed, a blank page, the default window
     * size, every cookie and the HTTP cache cleared, and the application's site data (local and
     * session storage, service workers) too.
     */
    private boolean wiped() {
        try {
            String first = driver.getWindowHandles().iterator().next();
            for (String window : driver.getWindowHandles()) {
                if (!window.equals(first)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(first);
            driver.get("about:blank");
            driver.manage().window().setSize(WINDOW);
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            chrome.executeCdpCommand(
                    "Storage.clearDataForOrigin",
                    Map.of("origin", Api.BASE, "storageTypes", "all"));
            return true;
        } catch (WebDriverException | NoSuchElementException e) {
            return false;
        }
    }

    private void quit() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            System.err.println("Could not quit a browser: " + e);
        }
    }
}

package io.clientlens.app.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.clientlens.app.ClientLensApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Base of real-browser tests: the application on a random port over the test PostgreSQL, driven by
 * the system Chromium through Playwright (never a downloaded browser: surefire sets
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). One browser per test class, a fresh context (cookies,
 * session) per test, a 1366×768 window. Screenshots go to target/screenshots/.
 */
// The server's background computation of queued tasks is off: it would run on the shared test database between tests.
@SpringBootTest(classes = ClientLensApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clientlens.service.refresh-seconds=0")
public abstract class BrowserTest extends PostgresTest {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Collects what went wrong on the page from now on: console errors and warnings, uncaught script errors and
     * answers of 400 or more. Failed loads are listed by their answer, not their console line; the browser's own
     * favicon request is no problem of the page.
     */
    protected List<String> pageProblems() {
        List<String> problems = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            if ((m.type().equals("error") || m.type().equals("warning")) && !m.text().startsWith("Failed to load resource")) {
                problems.add(m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " " + r.url());
            }
        });
        return problems;
    }

    /** Saves the whole page as target/screenshots/{name}.png. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}

package io.clientlens.app.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.clientlens.app.aml.AmlData;
import io.clientlens.app.aml.TransactionMonitoring;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.importing.Imports;
import io.clientlens.staff.Role;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.service.Campaigns;
import io.clientlens.app.service.NewCampaign;
import io.clientlens.app.service.NewRequest;
import io.clientlens.app.service.ServiceRequests;
import io.clientlens.app.service.TaskGeneration;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.app.support.WorkstationData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's main path in Chromium: signs in, opens every page of its menu and the detail pages one link deep (a
 * customer, a case, a campaign, a service request…), at 1440, 768 and 390 px, in Chinese and English, with a screenshot
 * of each (target/screenshots/paths/). On every page: the menu marks the current page, no error answer, no console error,
 * no page wider than the window (tables scroll in their own named region and stay tables), and at every width an
 * accessibility pass (axe-core, WCAG 2.1 A and AA, evaluated from the class path: no network) with no violation; in
 * Chinese no raw code, rule id or boolean in the text
 * (what is marked as code for experts, {@code data-code} or {@code .code}, is left out).
 */
class MainPathsBrowserTest extends BrowserTest {
    static final String PASSWORD = "main-paths-Passw0rd";
    static final int[] WIDTHS = {1440, 768, 390};
    static final Path PATHS = Paths.get("target", "screenshots", "paths");

    /** Detail pages reached one link deep from the menu pages: the first link of each kind. */
    static final List<Pattern> DETAILS = List.of(Pattern.compile("^/customers/[A-Z][0-9]+$"),
            Pattern.compile("^/customers/[A-Z][0-9]+/suitability$"), Pattern.compile("^/customers/[A-Z][0-9]+/suitability/checks/\\d+$"),
            Pattern.compile("^/customers/[A-Z][0-9]+/questionnaires/[A-Z_]+$"), Pattern.compile("^/customers/[A-Z][0-9]+/profile$"),
            Pattern.compile("^/customers/[A-Z][0-9]+/needs$"),
            Pattern.compile("^/aml/cases/\\d+$"), Pattern.compile("^/campaigns/\\d+$"), Pattern.compile("^/service-requests/\\d+$"),
            Pattern.compile("^/admin/jobs/\\d+$"), Pattern.compile("^/admin/users$"));

    /** Latin abbreviations a Chinese banking page uses as words. */
    static final Set<String> WORDS = Set.of("AUM", "KYC", "RFM", "CEL", "CSV", "PDF", "XLSX", "JSON", "API", "ID", "RM", "AML",
            "STR", "LTV", "ClientLens", "Berka", "CRS", "FATCA", "PEP", "UBO", "VIP", "ABC", "ETF", "QDII", "OTP", "SMS", "APP");
    static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+");
    static final Pattern CAMEL = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");
    /** Every enum constant of the application and its core: the codes a page could show raw. */
    static final Set<String> CODES = enumConstants();

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    Imports imports;
    @Autowired
    TransactionMonitoring monitoring;
    @Autowired
    TaskGeneration tasks;
    @Autowired
    Campaigns campaigns;
    @Autowired
    ServiceRequests requests;

    @BeforeEach
    void data() {
        WorkstationData.load(customers, runs);
        AmlData.load(imports);
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        tasks.everyone();
        SignedInUser supervisor = new SignedInUser(user(Role.SUPERVISOR), Role.SUPERVISOR, "BR001", null);
        campaigns.create(supervisor, new NewCampaign("理财沙龙", "FORUM", null, null, List.of("C0001", "C1000"), "2026-10-01",
                "2026-10-31", "1000", null));
        requests.open(supervisor, new NewRequest("C0001", "HOTLINE", "COMPLAINT", "转账到账慢", "客户反映转账两天未到账"));
        for (Role role : Role.values()) {
            users.add(user(role), role, "BR001", role == Role.RM ? "RM01" : null, PASSWORD);
        }
    }

    /** The roles of the main paths: every width, both languages. */
    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RM", "SUPERVISOR", "COMPLIANCE", "ANALYST"})
    void mainPathAtEveryWidthInBothLanguages(Role role) {
        walk(role, WIDTHS, List.of("zh", "en"));
    }

    /** The other roles: their pages in Chinese at the desktop width. */
    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SALES", "HEAD_OF_WEALTH", "ADMIN"})
    void otherRolesPagesInChinese(Role role) {
        walk(role, new int[]{1440}, List.of("zh"));
    }

    private void walk(Role role, int[] widths, List<String> languages) {
        List<String> problems = pageProblems();
        List<String> failures = new ArrayList<>();
        signIn(role);
        List<String> paths = paths(role);
        for (String lang : languages) {
            for (int width : widths) {
                page.setViewportSize(width, 900);
                for (String path : paths) {
                    String where = role + " " + lang + " " + width + " " + path;
                    Response answer = page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + (lang.equals("zh") ? "zh_CN" : "en")));
                    List<String> found = new ArrayList<>();
                    if (answer == null || answer.status() >= 400) {
                        found.add("answered " + (answer == null ? "nothing" : answer.status()));
                    }
                    String html = page.content();
                    if (html.contains("Whitelabel")) {
                        found.add("a Whitelabel page");
                    }
                    found.addAll(currentMarked(path));
                    Number undrawn = (Number) page.evaluate("() => document.querySelectorAll('[data-chart]:not([data-drawn]), [data-trend]:not([data-drawn])').length");
                    if (undrawn.intValue() > 0) {
                        found.add(undrawn + " chart(s) not drawn from their figures");
                    }
                    Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                    if (overflow.intValue() > 0) {
                        found.add("wider than the window by " + overflow + " px: " + widest());
                    }
                    found.addAll(accessibility());
                    found.addAll(tables(path));
                    if (lang.equals("zh") && width == widths[0]) {
                        found.addAll(untranslated());
                    }
                    shoot(role, lang, width, path);
                    for (String f : found) {
                        failures.add(where + ": " + f);
                    }
                }
            }
        }
        // Chromium's own hint that a canvas is read often (ECharts measuring text) is advice to the library, no page error
        problems.removeIf(p -> p.startsWith("warning: Canvas2D: Multiple readback operations"));
        assertThat(failures).as("what the walk found").isEmpty();
        assertThat(problems).as("console errors and failed answers").isEmpty();
    }

    private static String user(Role role) {
        return role.name().toLowerCase(Locale.ROOT) + ".paths";
    }

    private void signIn(Role role) {
        page.setViewportSize(1440, 900);
        page.navigate(url("/login?lang=zh_CN"));
        page.getByLabel("用户名").fill(user(role));
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** The menu's pages, then the first detail page of each kind linked from them, and from those (a customer's forms). */
    @SuppressWarnings("unchecked")
    private List<String> paths(Role role) {
        page.navigate(url("/"));
        List<String> menu = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('header.site nav.main a')].map(a => a.getAttribute('href'))");
        assertThat(menu).as(role + "'s menu").isNotEmpty().contains("/");
        Set<String> paths = new LinkedHashSet<>(menu);
        Set<Pattern> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<String> toScan = new java.util.ArrayDeque<>(menu);
        Set<String> scanned = new java.util.HashSet<>();
        while (!toScan.isEmpty()) {
            String p = toScan.poll();
            if (!scanned.add(p)) {
                continue;
            }
            page.navigate(url(p));
            List<String> links = (List<String>) page.evaluate(
                    "() => [...document.querySelectorAll('main a[href]')].map(a => new URL(a.href).pathname)");
            for (String link : links) {
                for (Pattern detail : DETAILS) {
                    if (!seen.contains(detail) && detail.matcher(link).matches()) {
                        seen.add(detail);
                        paths.add(link);
                        if (menu.contains(p)) {
                            toScan.add(link);
                        }
                    }
                }
            }
        }
        return List.copyOf(paths);
    }

    /** The menu entry of the page (or of its section) is marked current, and only one. */
    @SuppressWarnings("unchecked")
    private List<String> currentMarked(String path) {
        List<String> current = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('header.site nav.main a[aria-current=page]')].map(a => a.getAttribute('href'))");
        if (current.size() > 1) {
            return List.of("several menu entries marked current: " + current);
        }
        boolean menuPage = !DETAILS.stream().anyMatch(d -> d.matcher(path).matches());
        if (menuPage && !current.equals(List.of(path))) {
            return List.of("the menu marks " + current + " as current");
        }
        return List.of();
    }

    private String widest() {
        return String.valueOf(page.evaluate("""
                () => { let w = null; for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect(); if (r.right > window.innerWidth + 1 && (!w || r.width < w.r.width) && r.width > 0) w = {e, r}; }
                  return w ? w.e.tagName.toLowerCase() + (w.e.id ? '#' + w.e.id : '') + (w.e.className && typeof w.e.className === 'string' ? '.' + w.e.className.trim().replace(/\\s+/g, '.') : '') + ' ' + Math.round(w.r.right) + ' px' : '?'; }"""));
    }

    /** The pages an RM works from on a tablet or phone: the customer list, the 360 and the workbench. */
    static final Pattern WORK_PAGES = Pattern.compile("^/customers$|^/customers/[A-Z][0-9]+$|^/workbench$");

    /**
     * Tables stay tables at every width (a table made a scrolling block may lose its table semantics): on the work
     * pages each one scrolls in its own named region that the keyboard reaches; anywhere, a region's table is a table.
     */
    @SuppressWarnings("unchecked")
    private List<String> tables(String path) {
        List<String> found = new ArrayList<>((List<String>) page.evaluate("""
                () => [...document.querySelectorAll('main .table-scroll > table')].filter(t => getComputedStyle(t).display !== 'table')
                  .map(t => 'a table in a scrolling region is shown as ' + getComputedStyle(t).display + ': ' + t.className)"""));
        if (WORK_PAGES.matcher(path).matches()) {
            found.addAll((List<String>) page.evaluate("""
                    () => [...document.querySelectorAll('main table')].filter(t => {
                        const box = t.parentElement;
                        const named = box.getAttribute('aria-label')
                          || (box.getAttribute('aria-labelledby') && document.getElementById(box.getAttribute('aria-labelledby')));
                        return !box.matches('.table-scroll[role=region][tabindex="0"]') || !named;
                      }).map(t => 'a table not in a named scrolling region: ' + (t.className || t.id || 'table'))"""));
        }
        return found;
    }

    /** axe-core's WCAG 2.1 A/AA rules; one line per violation with the first elements it names. */
    @SuppressWarnings("unchecked")
    private List<String> accessibility() {
        // evaluated through the browser's protocol: the pages' Content-Security-Policy rightly refuses an inline script tag
        page.evaluate("() => { if (!window.axe) { " + AXE + "\n} }");
        // 'duplicate-id' checks success criterion 4.1.1 (Parsing), which the W3C's 2023 errata declare always satisfied
        // for HTML in WCAG 2.0 and 2.1 and WCAG 2.2 removed; axe 4.7 and later no longer run it. It only finds the ids
        // inside the chart library's SVG drawings here, which no assistive technology reads.
        List<String> violations = (List<String>) page.evaluate("""
                async () => { const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    rules: {'duplicate-id': {enabled: false}}});
                  return r.violations.map(v => 'axe ' + v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')); }""");
        return violations;
    }

    /** Latin identifiers in the Chinese text: upper-snake codes, camelCase ids, booleans, enum constants. */
    private List<String> untranslated() {
        String text = (String) page.evaluate("""
                () => { const c = document.body.cloneNode(true);
                  c.querySelectorAll('script, style, noscript, template, [lang=en], [data-code], .code, code').forEach(e => e.remove());
                  return c.textContent.replace(/\\s+/g, ' '); }""");
        return untranslated(text);
    }

    static List<String> untranslated(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean raw = !WORDS.contains(t) && (UPPER_SNAKE.matcher(t).matches() || CAMEL.matcher(t).matches()
                    || t.equals("true") || t.equals("false") || (t.length() >= 3 && CODES.contains(t)));
            if (raw) {
                int from = Math.max(0, m.start() - 20);
                int to = Math.min(text.length(), m.end() + 20);
                found.add("untranslated “" + t + "” in “…" + text.substring(from, to).trim() + "…”");
            }
        }
        return List.copyOf(found);
    }

    private void shoot(Role role, String lang, int width, String path) {
        String slug = path.equals("/") ? "home" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "-");
        page.screenshot(new Page.ScreenshotOptions().setPath(PATHS.resolve(role.name().toLowerCase(Locale.ROOT) + "-" + lang + "-" + width
                + "-" + slug + ".png")).setFullPage(width < 1000));
    }

    static final String AXE = axe();

    private static String axe() {
        try (InputStream in = MainPathsBrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> enumConstants() {
        Set<String> codes = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.clientlens")) {
            if (c.isEnum()) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    codes.add(((Enum<?>) constant).name());
                }
            }
        }
        assertThat(codes).as("the enums' constants").contains("AFFLUENT", "INDIVIDUAL", "SECOND_APPROVAL");
        return codes;
    }
}

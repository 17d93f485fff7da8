package io.clientlens.app.analytics.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.Imports;
import io.clientlens.staff.Role;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in Chromium over the Berka data: no chart label overlaps another or leaves its chart (every SVG text
 * of every chart measured, in both languages, at a desktop and a tablet width), and a click on a bar, a heat-map cell
 * or a Pareto point opens the customer list filtered to it.
 */
class DashboardChartsBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";

    /** Every chart's visible text boxes (page coordinates) and the chart's own box: {chart, box, labels: [{text, box}]}. */
    static final String LABEL_BOXES = """
            () => Array.from(document.querySelectorAll('main.dashboards .chart')).filter(c => c.querySelector('svg')).map(c => {
              const r = c.getBoundingClientRect();
              const labels = Array.from(c.querySelectorAll('svg text')).filter(t => {
                const s = getComputedStyle(t);
                return t.textContent.trim() !== '' && s.display !== 'none' && s.visibility !== 'hidden'
                  && parseFloat(t.getAttribute('opacity') || s.opacity || '1') > 0;
              }).map(t => { const b = t.getBoundingClientRect(); return {text: t.textContent, box: [b.left, b.top, b.right, b.bottom]}; })
                .filter(l => l.box[2] - l.box[0] > 0 && l.box[3] - l.box[1] > 0);
              return {chart: c.id || c.getAttribute('data-dimension'), box: [r.left, r.top, r.right, r.bottom], labels: labels};
            })""";

    /** The page position of a data point of a chart's first series (value in the chart's coordinates). */
    static final String POINT = """
            ([selector, value]) => {
              const el = document.querySelector(selector);
              el.scrollIntoView({block: 'center'});
              const p = echarts.getInstanceByDom(el).convertToPixel({seriesIndex: 0}, value);
              const r = el.getBoundingClientRect();
              return [r.left + p[0], r.top + p[1]];
            }""";

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;

    long run;

    @BeforeEach
    void data() {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        run = runs.run(null, Progress.NONE).runId();
        // every RFM segment (and unknown) has customers, so that its chart has all twelve bars to label
        jdbc.update("update classification set codes = jsonb_set(codes, '{rfmSegment}', to_jsonb((array['CHAMPIONS', 'LOYAL', "
                + "'POTENTIAL_LOYALIST', 'NEW', 'PROMISING', 'NEED_ATTENTION', 'ABOUT_TO_SLEEP', 'AT_RISK', 'CANT_LOSE', 'HIBERNATING', "
                + "'LOST', 'UNKNOWN'])[1 + abs(hashtext(customer_id)) % 12])) where run_id = ?", run);
        users.add("compliance01", Role.COMPLIANCE, null, null, PASSWORD);
        users.add("head01", Role.HEAD_OF_WEALTH, null, null, PASSWORD);
    }

    @Test
    void noChartLabelOverlapsAnotherOrLeavesItsChartInEitherLanguageAtDesktopAndTabletWidths() {
        List<String> problems = pageProblems();
        signIn("compliance01");
        for (int width : new int[]{1366, 768}) {
            page.setViewportSize(width, 900);
            for (String lang : List.of("zh", "en")) {
                page.navigate(url("/dashboards?lang=" + lang));
                assertThat(page.locator("main.dashboards")).hasAttribute("data-rendered", "true");
                assertThat(page.locator("#chart-aml-ratings")).hasAttribute("data-rendered", "true");
                List<String> faults = labelFaults();
                assertThat(faults).as(lang + " at " + width + " px").isEmpty();
                screenshot("dashboard-labels-" + lang + "-" + width);
            }
        }
        // the RFM segment chart labels every one of its bars (12 classes with unknown; those with customers here)
        @SuppressWarnings("unchecked")
        List<String> rfmLabels = (List<String>) page.evaluate("""
                () => Array.from(document.querySelectorAll('.chart[data-dimension=rfmSegment] svg text')).map(t => t.textContent)""");
        long segments = jdbc.queryForObject("select count(distinct codes->>'rfmSegment') from classification where run_id = ?", Long.class, run);
        assertThat(segments).isEqualTo(12);
        assertThat(rfmLabels.stream().filter(t -> !t.matches("[0-9,]+")).count()).isEqualTo(segments);
        assertThat(problems).isEmpty();
    }

    @Test
    void aClickOnABarACellOrAPointOpensTheCustomerListFilteredToIt() {
        List<String> problems = pageProblems();
        signIn("head01");
        // the largest bar of the AUM tiers
        openDashboards();
        @SuppressWarnings("unchecked")
        Map<String, Object> tiers = (Map<String, Object>) page.evaluate("""
                () => { const o = echarts.getInstanceByDom(document.querySelector('.chart[data-dimension=aumTier]')).getOption();
                        return {labels: o.yAxis[0].data, counts: o.series[0].data}; }""");
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) tiers.get("counts");
        int biggest = 0;
        for (int i = 1; i < counts.size(); i++) {
            biggest = counts.get(i).longValue() > counts.get(biggest).longValue() ? i : biggest;
        }
        click(".chart[data-dimension=aumTier]", List.of(counts.get(biggest).doubleValue() / 2, biggest));
        page.waitForURL("**/customers?aumTier=*");
        String tier = page.url().replaceAll(".*aumTier=", "");
        long inTier = jdbc.queryForObject("select count(*) from classification where run_id = ? and codes->>'aumTier' = ?", Long.class, run, tier);
        assertThat(counts.get(biggest).longValue()).isEqualTo(inTier);
        assertThat(page.locator("p.count")).containsText("共 " + String.format("%,d", inTier) + " 位客户");

        // a cell of the RFM grid
        openDashboards();
        click("#chart-rfm", List.of("5", "5"));
        page.waitForURL("**/customers?rfmR=5&rfmF=5");
        long cell = jdbc.queryForObject("select count(*) from classification where run_id = ? "
                + "and dimensions->'rfmSegment'->'inputs'->>'R' = '5' and dimensions->'rfmSegment'->'inputs'->>'F' = '5'", Long.class, run);
        assertThat(page.locator("p.count")).containsText("共 " + String.format("%,d", cell) + " 位客户");

        // a point of the Pareto curve near its start: the customers of contribution class A
        openDashboards();
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate("""
                () => echarts.getInstanceByDom(document.getElementById('chart-pareto')).getOption().series[0].data[3]""");
        click("#chart-pareto", List.of(point.get(0), point.get(1)));
        page.waitForURL("**/customers?contributionClass=A");
        long a = jdbc.queryForObject("select count(*) from classification where run_id = ? and codes->>'contributionClass' = 'A'", Long.class, run);
        assertThat(page.locator("p.count")).containsText("共 " + String.format("%,d", a) + " 位客户");

        // the AML rating (this role may filter by it)
        openDashboards();
        @SuppressWarnings("unchecked")
        List<Number> ratings = (List<Number>) page.evaluate("""
                () => echarts.getInstanceByDom(document.getElementById('chart-aml-ratings')).getOption().series[0].data""");
        int r = 0;
        for (int i = 1; i < ratings.size(); i++) {
            r = ratings.get(i).longValue() > ratings.get(r).longValue() ? i : r;
        }
        click("#chart-aml-ratings", List.of(ratings.get(r).doubleValue() / 2, r));
        page.waitForURL("**/customers?amlRisk=*");
        assertThat(page.locator("p.count")).containsText("共 " + String.format("%,d", ratings.get(r).longValue()) + " 位客户");
        assertThat(problems).isEmpty();
    }

    private void signIn(String user) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private void openDashboards() {
        page.navigate(url("/dashboards"));
        assertThat(page.locator("main.dashboards")).hasAttribute("data-rendered", "true");
    }

    private void click(String selector, List<Object> value) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate(POINT, List.of(selector, value));
        page.mouse().click(xy.get(0).doubleValue(), xy.get(1).doubleValue());
    }

    /** Overlapping pairs and labels outside their chart, as sentences. */
    @SuppressWarnings("unchecked")
    private List<String> labelFaults() {
        List<String> faults = new ArrayList<>();
        List<Map<String, Object>> charts = (List<Map<String, Object>>) page.evaluate(LABEL_BOXES);
        assertThat(charts).hasSizeGreaterThan(10);
        for (Map<String, Object> c : charts) {
            double[] box = box(c.get("box"));
            List<Map<String, Object>> labels = (List<Map<String, Object>>) c.get("labels");
            assertThat(labels).as("labels of " + c.get("chart")).isNotEmpty();
            for (int i = 0; i < labels.size(); i++) {
                double[] a = box(labels.get(i).get("box"));
                if (a[0] < box[0] - 1 || a[1] < box[1] - 1 || a[2] > box[2] + 1 || a[3] > box[3] + 1) {
                    faults.add(c.get("chart") + ": “" + labels.get(i).get("text") + "” outside the chart");
                }
                for (int j = i + 1; j < labels.size(); j++) {
                    double[] b = box(labels.get(j).get("box"));
                    double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
                    double h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
                    if (w > 1 && h > 1) {
                        faults.add(c.get("chart") + ": “" + labels.get(i).get("text") + "” overlaps “" + labels.get(j).get("text") + "”");
                    }
                }
            }
        }
        return faults;
    }

    private static double[] box(Object o) {
        List<Number> n = (List<Number>) o;
        return new double[]{n.get(0).doubleValue(), n.get(1).doubleValue(), n.get(2).doubleValue(), n.get(3).doubleValue()};
    }
}

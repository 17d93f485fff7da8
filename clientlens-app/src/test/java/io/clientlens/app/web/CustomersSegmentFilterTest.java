package io.clientlens.app.web;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Label;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer list filtered by a stored custom segment, over the Berka data classified once: the members
 * shown are those an independent selection in SQL finds, with the other filters, the RM's scope and paging.
 */
class CustomersSegmentFilterTest extends PostgresTest {
    private static final Pattern LISTED = Pattern.compile("href=\"/customers/([^\"/?#]+)\"");

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    SegmentRuleStore store;

    long run;

    @BeforeEach
    void data() {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        run = runs.run(null, Progress.NONE).runId();
        // every third customer belongs to RM01 (the signed-in RM), the others to someone else
        jdbc.update("update customer set relationship_manager = case when abs(hashtext(customer_id)) % 3 = 0 then 'RM01' else 'RM77' end");
        store.save(new SegmentRule("mass", Label.of("大众客户群", "Mass group"), 10, "dimensions.aumTier == \"MASS\"", 0));
        store.save(new SegmentRule("broken", Label.of("已失效分群", "Broken group"), 20, "features.noSuchFeature > 1", 0));
    }

    @Test
    void listsExactlyTheMembersAnSqlSelectionFindsPageByPage() throws Exception {
        List<String> expected = ids("codes->>'aumTier' = 'MASS'", null);
        assertThat(expected).hasSizeGreaterThan(CustomerListPage.PAGE_SIZE);
        assertThat(ids("codes->>'aumTier' <> 'MASS'", null)).as("customers outside the segment").isNotEmpty();

        String first = page(get("/customers").param("segment", "mass"), Role.ADMIN);
        assertThat(first).contains("共 " + grouped(expected.size()) + " 位客户，当前第 1–" + CustomerListPage.PAGE_SIZE + " 位",
                "<option value=\"mass\" selected=\"selected\">大众客户群</option>");
        assertThat(listed(first)).isEqualTo(expected.subList(0, CustomerListPage.PAGE_SIZE));
        String second = page(get("/customers").param("segment", "mass").param("page", "1"), Role.ADMIN);
        assertThat(listed(second)).isEqualTo(expected.subList(CustomerListPage.PAGE_SIZE, Math.min(expected.size(), 2 * CustomerListPage.PAGE_SIZE)));
        // the pager keeps the segment
        assertThat(first).contains("segment=mass&amp;page=1");
    }

    @Test
    void combinesWithADimensionFilterAndTheRmsScope() throws Exception {
        String valueClass = jdbc.queryForObject("select codes->>'valueClass' from classification where run_id = ? "
                + "and codes->>'aumTier' = 'MASS' group by 1 order by count(*) desc, 1 limit 1", String.class, run);
        List<String> both = ids("codes->>'aumTier' = 'MASS' and codes->>'valueClass' = '" + valueClass + "'", null);
        assertThat(both).isNotEmpty().hasSizeLessThan(ids("codes->>'aumTier' = 'MASS'", null).size());
        String html = page(get("/customers").param("segment", "mass").param("valueClass", valueClass).param("page", "0"), Role.ADMIN);
        assertThat(html).contains("共 " + grouped(both.size()) + " 位客户");
        assertThat(listed(html)).isEqualTo(both.subList(0, Math.min(both.size(), CustomerListPage.PAGE_SIZE)));

        List<String> own = ids("codes->>'aumTier' = 'MASS'", "RM01");
        assertThat(own).isNotEmpty().hasSizeLessThan(ids("codes->>'aumTier' = 'MASS'", null).size());
        String rm = page(get("/customers").param("segment", "mass"), Role.RM);
        assertThat(rm).contains("共 " + grouped(own.size()) + " 位客户");
        assertThat(listed(rm)).isEqualTo(own.subList(0, Math.min(own.size(), CustomerListPage.PAGE_SIZE)));
    }

    @Test
    void explainsAnUnknownSegmentAndOffersNoBrokenRuleInEitherLanguage() throws Exception {
        String zh = page(get("/customers").param("segment", "nope"), Role.ADMIN);
        assertThat(zh).contains("没有名为“nope”的自定义分群，请从列表中选择。", "自定义分群", "大众客户群")
                .doesNotContain("已失效分群", "共 ");
        assertThat(listed(zh)).isEmpty();
        String en = page(get("/customers").param("segment", "broken").param("lang", "en"), Role.ADMIN);
        assertThat(en).contains("There is no custom segment named “broken”; choose one from the list.", "Custom segment",
                "<option value=\"mass\">Mass group</option>").doesNotContain("Broken group", "大众客户群");
        assertThat(listed(en)).isEmpty();
        // without a segment the list is not narrowed
        assertThat(page(get("/customers"), Role.ADMIN)).contains("共 " + grouped(ids("true", null).size()) + " 位客户");
    }

    /** The customers of the run whose codes satisfy the condition, of one RM when not null, sorted by id. */
    private List<String> ids(String condition, String rm) {
        return jdbc.queryForList("select c.customer_id from classification c join customer cu using (customer_id) "
                        + "where c.run_id = ? and (" + condition + ") and (cast(? as text) is null or cu.relationship_manager = ?) "
                        + "order by c.customer_id", String.class, run, rm, rm);
    }

    private String page(MockHttpServletRequestBuilder request, Role role) throws Exception {
        return mvc.perform(request.with(signedIn(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A count as the page shows it (thousands grouped). */
    private static String grouped(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private static List<String> listed(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = LISTED.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}

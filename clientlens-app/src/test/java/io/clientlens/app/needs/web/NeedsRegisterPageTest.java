package io.clientlens.app.needs.web;

import io.clientlens.app.support.WorkstationPageTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The needs register on the web: an RM records a need and sees it ranked with its labels; a wrong field is explained
 * at the field with the values kept and nothing recorded; the lifecycle's rules refuse with the reason; roles and
 * scope as the REST API's.
 */
class NeedsRegisterPageTest extends WorkstationPageTest {

    private String page(Role role, String lang) throws Exception {
        return mvc.perform(get("/customers/C0001/needs").param("lang", lang).with(signedIn(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long needs() {
        return jdbc.queryForObject("select count(*) from need where customer_id = 'C0001'", Long.class);
    }

    private static final Map<String, String> CHILD_EDUCATION = Map.of("title", "孩子 2030 年上大学的费用", "area",
            "EDUCATION_AND_RETIREMENT", "expectation", "EXPECTED", "voice", "STATED", "nature", "EXPLICIT", "source", "INTERVIEW",
            "urgency", "4", "importance", "5", "cost", "2万", "leadsToProposal", "true");

    private org.springframework.test.web.servlet.ResultActions record(Map<String, String> form, Role role) throws Exception {
        var request = post("/customers/C0001/needs").with(csrf()).with(signedIn(role));
        form.forEach(request::param);
        return mvc.perform(request);
    }

    @Test
    void anRmRecordsANeedAndSeesItRankedWithItsLabels() throws Exception {
        assertThat(page(Role.RM, "zh")).contains("尚未登记需求", "登记需求", "请选择");
        record(CHILD_EDUCATION, Role.RM).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customers/C0001/needs"));
        assertThat(needs()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select cost from need where customer_id = 'C0001'", java.math.BigDecimal.class))
                .isEqualByComparingTo("20000");

        String zh = page(Role.RM, "zh");
        assertThat(zh).contains("孩子 2030 年上大学的费用", "子女教育与养老投资规划", "期望需求 · 有声需求 · 明示需求", "面谈沟通",
                "20,000.00 元", "已识别", "将形成产品建议", "识别：rm.web")
                // a need that leads to a proposal is reviewed by a supervisor: the RM is told so, not offered a step the rules refuse
                .contains("该需求将形成产品建议，须由业务主管评审").doesNotContain("<option value=\"REVIEWED\">", "已关闭");
        assertThat(page(Role.SUPERVISOR, "zh")).contains("<option value=\"REVIEWED\">已评审</option>");
        assertThat(page(Role.RM, "en")).contains("Children&#39;s education and retirement planning", "Expected · Stated · Explicit",
                "20,000.00 CNY", "Identified", "Needs register of customer C0001");
        // the 360 links to it
        assertThat(mvc.perform(get("/customers/C0001").with(signedIn(Role.RM))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/customers/C0001/needs\"");
    }

    @Test
    void aWrongFieldIsExplainedAtTheFieldWithTheValuesKeptAndNothingRecorded() throws Exception {
        Map<String, String> wrong = new java.util.HashMap<>(CHILD_EDUCATION);
        wrong.put("title", "");
        wrong.put("voice", "");
        wrong.put("cost", "两万");
        String body = record(wrong, Role.RM).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(needs()).isZero();
        assertThat(body).contains("请更正下面标出的栏目", "id=\"nr-title-error\"", "需求描述不能为空", "id=\"nr-voice-error\"", "请选择一项",
                "id=\"nr-cost-error\"", "value=\"两万\"", "<option value=\"EXPECTED\" selected=\"selected\">期望需求</option>")
                .doesNotContain("BASIC, EXPECTED", "Exception");
        wrong.put("lang", "en");
        assertThat(record(wrong, Role.RM).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("must not be blank", "Choose one");
    }

    @Test
    void aNeedThatLeadsToAProposalIsReviewedByASupervisorAndTheRefusalSaysWhy() throws Exception {
        record(CHILD_EDUCATION, Role.RM).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select need_id from need where customer_id = 'C0001'", Long.class);
        String refused = mvc.perform(post("/customers/C0001/needs/" + id + "/status").with(csrf()).with(signedIn(Role.RM))
                        .param("status", "REVIEWED")).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("该需求将形成产品建议，须由业务主管评审");
        mvc.perform(post("/customers/C0001/needs/" + id + "/status").with(csrf()).with(signedIn(Role.SUPERVISOR))
                .param("status", "REVIEWED").param("note", "与客户面谈确认")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status || ' ' || reviewed_by from need where need_id = ?", String.class, id))
                .isEqualTo("REVIEWED supervisor.web");
        assertThat(jdbc.queryForObject("select note from need_event where need_id = ? and to_status = 'REVIEWED'", String.class, id))
                .isEqualTo("与客户面谈确认");
        assertThat(page(Role.RM, "zh")).contains("已评审", "<option value=\"ACCEPTED\">已接受</option>",
                "<option value=\"DECLINED\">已拒绝</option>");
    }

    @Test
    void complianceReadsWithoutFormsAndOthersAreRefusedAsByTheApi() throws Exception {
        record(CHILD_EDUCATION, Role.RM).andExpect(status().is3xxRedirection());
        assertThat(page(Role.COMPLIANCE, "zh")).contains("孩子 2030 年上大学的费用").doesNotContain("id=\"nr-form\"", "name=\"status\"");
        record(CHILD_EDUCATION, Role.COMPLIANCE).andExpect(status().isForbidden());
        mvc.perform(get("/customers/C0001/needs").with(signedIn(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/C0001/needs").with(signedIn(Role.SALES))).andExpect(status().isForbidden());
        // another RM's customer is not there for this RM
        mvc.perform(get("/customers/C0002/needs").with(signedIn(Role.RM))).andExpect(status().isNotFound());
        mvc.perform(post("/customers/C0002/needs").with(csrf()).with(signedIn(Role.RM)).param("title", "x"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from need", Long.class)).isEqualTo(1);
    }
}

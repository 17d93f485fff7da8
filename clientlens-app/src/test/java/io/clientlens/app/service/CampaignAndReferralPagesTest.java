package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The campaign pages (create, report with its chart, responses) and the referral page (refer, accept, close). */
class CampaignAndReferralPagesTest extends PostgresTest {
    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void book() {
        new ServiceData(jdbc).customer("C01", "BR001", "RM01", null, null, null).customer("C02", "BR001", "RM01", null, null, null)
                .holding("H1", "C01", "WEALTH", "100000", LocalDate.of(2026, 10, 5), null);
        jdbc.update("update holding set product_code = 'WM90'");
    }

    @Test
    void aSupervisorCreatesACampaignTheRmRecordsResponsesAndTheReportShowsConversions() throws Exception {
        mvc.perform(post("/campaigns").with(signedIn(Role.SUPERVISOR)).with(csrf()).param("name", "稳健理财推介").param("kind", "PRODUCT_OFFER")
                        .param("productCode", "WM90").param("customerIds", "C01，C02").param("startsOn", "2026-10-01").param("endsOn", "2026-10-31")
                        .param("cost", "1000"))
                .andExpect(redirectedUrlPattern("/campaigns/*"));
        long id = jdbc.queryForObject("select campaign_id from campaign", Long.class);
        mvc.perform(post("/campaigns/" + id + "/members/C01").with(signedIn(Role.RM)).with(csrf()).param("response", "ACCEPTED"))
                .andExpect(flash().attribute("responded", "C01"));
        mvc.perform(get("/campaigns/" + id).with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("稳健理财推介"), containsString("50.0%"), containsString("data-chart"),
                        containsString("已接受"), containsString("王*"), containsString("/campaign.js"))));
        mvc.perform(get("/campaigns/" + id).with(signedIn(Role.ANALYST)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Response rate"), containsString(">0.0%<"), not(containsString("C01")))));
        mvc.perform(get("/campaigns").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("稳健理财推介"), not(containsString("创建营销活动")))));
        mvc.perform(get("/campaigns").with(signedIn(Role.RM)).param("kind", "FORUM"))
                .andExpect(content().string(not(containsString("稳健理财推介"))));
        mvc.perform(get("/campaigns").with(signedIn(Role.SALES))).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns").with(signedIn(Role.SUPERVISOR)).with(csrf()).param("name", "").param("kind", "EVENT")
                        .param("startsOn", "x").param("endsOn", "2026-10-31"))
                .andExpect(flash().attributeExists("errors"))
                // each problem under the form's own words for the field, not its parameter name
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasKey("开始日期")))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("startsOn"))));
    }

    @Test
    void theLobbyRefersAndTheRmAcceptsAndCloses() throws Exception {
        mvc.perform(post("/referrals").with(signedIn(Role.SALES)).with(csrf()).param("customerId", "C01").param("note", "咨询大额存单"))
                .andExpect(flash().attributeExists("made"));
        long id = jdbc.queryForObject("select referral_id from referral", Long.class);
        mvc.perform(get("/referrals").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("咨询大额存单"), containsString("已转介"), containsString("接受"))));
        mvc.perform(post("/referrals/" + id).with(signedIn(Role.RM)).with(csrf()).param("state", "ACCEPTED")).andExpect(flash().attribute("moved", id));
        mvc.perform(post("/referrals/" + id).with(signedIn(Role.RM)).with(csrf()).param("state", "CLOSED").param("outcome", "ADVICE_GIVEN"))
                .andExpect(flash().attribute("moved", id));
        mvc.perform(get("/referrals").with(signedIn(Role.RM)).param("state", "REFERRED"))
                .andExpect(content().string(not(containsString("咨询大额存单"))));
        mvc.perform(get("/workbench").with(signedIn(Role.SALES))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("我的转介"), containsString("已结束"))));
        assertThat(jdbc.queryForObject("select outcome from referral", String.class)).isEqualTo("ADVICE_GIVEN");
    }
}

package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Campaigns over a target list and a stored segment, measured; referrals from the lobby to the RM, followed up. */
class CampaignsAndReferralsApiTest extends PostgresTest {
    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, Role.SUPERVISOR);
    }

    @BeforeEach
    void book() {
        ServiceData data = new ServiceData(jdbc);
        data.customer("C01", "BR001", "RM01", null, null, null)
                .customer("C02", "BR001", "RM01", null, null, null)
                .customer("C03", "BR001", "RM02", null, null, null)
                .customer("C09", "BR009", "RM09", null, null, null);
        // C01 bought the offered product within the window, C02 before it
        data.holding("H1", "C01", "WEALTH", "300000", LocalDate.of(2026, 10, 10), null)
                .holding("H2", "C02", "WEALTH", "100000", LocalDate.of(2026, 9, 1), null);
        jdbc.update("update holding set product_code = 'WM90'");
    }

    private long campaign(String targets) throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "稳健理财推介会", "kind": "PRODUCT_OFFER", "productCode": "WM90", %s,
                         "startsOn": "2026-10-01", "endsOn": "2026-10-31", "cost": "2000", "revenueRate": "0.01"}""".formatted(targets)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*\"campaignId\":(\\d+).*", "$1"));
    }

    @Test
    void aTargetListCampaignMeasuresResponsesConversionsAndRevenueAgainstCost() throws Exception {
        long id = campaign("\"customerIds\": [\"C01\", \"C02\", \"C03\"]");
        String rm = bearer(Role.RM);
        mvc.perform(post("/api/v1/campaigns/" + id + "/members/C01/response").header(HttpHeaders.AUTHORIZATION, rm)
                .contentType(MediaType.APPLICATION_JSON).content("{\"response\": \"ATTENDED\"}")).andExpect(jsonPath("$.response").value("ATTENDED"));
        mvc.perform(post("/api/v1/campaigns/" + id + "/members/C02/response").header(HttpHeaders.AUTHORIZATION, rm)
                .contentType(MediaType.APPLICATION_JSON).content("{\"response\": \"DECLINED\"}")).andExpect(status().isOk());
        // C03 is RM02's customer: not RM01's to answer for
        mvc.perform(post("/api/v1/campaigns/" + id + "/members/C03/response").header(HttpHeaders.AUTHORIZATION, rm)
                .contentType(MediaType.APPLICATION_JSON).content("{\"response\": \"ACCEPTED\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.invited").value(3)).andExpect(jsonPath("$.responded").value(2))
                .andExpect(jsonPath("$.byResponse.ATTENDED").value(1)).andExpect(jsonPath("$.byResponse.INVITED").value(1))
                .andExpect(jsonPath("$.responseRate").value(0.6667)).andExpect(jsonPath("$.converted").value(1))
                .andExpect(jsonPath("$.convertedAmount").value(300000.00)).andExpect(jsonPath("$.revenue").value(3000.00))
                .andExpect(jsonPath("$.returnOnCost").value(0.5))
                .andExpect(jsonPath("$.explanation.zh").value(containsString("响应率 = 已回复 2 / 已邀请 3")));
        // the RM's report counts their own customers only
        mvc.perform(get("/api/v1/campaigns/" + id).header(HttpHeaders.AUTHORIZATION, rm)).andExpect(jsonPath("$.invited").value(2))
                .andExpect(jsonPath("$.wholeCampaign").value(false));
        mvc.perform(get("/api/v1/campaigns/" + id + "/members").header(HttpHeaders.AUTHORIZATION, rm))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items[0].customerName").value("王*"))
                .andExpect(jsonPath("$.items[0].converted").value(true));
        mvc.perform(get("/api/v1/campaigns").param("kind", "EVENT")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/campaigns").param("kind", "PRODUCT_OFFER")).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/campaigns").param("kind", "PARTY")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(jdbc.queryForList("select kind from audit_record where subject = ? order by record_id", String.class, "campaign:" + id))
                .containsExactly("CAMPAIGN_CREATED", "CAMPAIGN_RESPONSE", "CAMPAIGN_RESPONSE");
    }

    @Test
    void theCostIsTypedAsEveryAmountIs() throws Exception {
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "客户论坛", "kind": "FORUM", "customerIds": ["C01"], "startsOn": "2026-10-01", "endsOn": "2026-10-31",
                         "cost": "1.5万"}""")).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select cost from campaign where name = '客户论坛'", java.math.BigDecimal.class))
                .isEqualByComparingTo("15000");
    }

    @Test
    void targetsOutsideTheScopeAndBadInputAreRefusedByField() throws Exception {
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "x", "kind": "PARTY", "customerIds": ["C09"], "startsOn": "2026-10-31", "endsOn": "2026-10-01", "cost": "-1"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("kind", "endsOn", "cost")));
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "x", "kind": "EVENT", "customerIds": ["C01", "C09"], "startsOn": "2026-10-01", "endsOn": "2026-10-31"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("customerIds"))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("C09")));
        // a product code neither the catalogue nor any holding knows would count no conversion, without a word
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "x", "kind": "PRODUCT_OFFER", "productCode": "WM09", "customerIds": ["C01"], "startsOn": "2026-10-01",
                         "endsOn": "2026-10-31"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("productCode"))
                .andExpect(jsonPath("$.errors[0].zh").value("产品目录与持有产品中都没有代码“WM09”"));
        assertThat(jdbc.queryForObject("select count(*) from campaign", Integer.class)).isZero();
        mvc.perform(post("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer(Role.RM)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns/" + 999 + "/members").header(HttpHeaders.AUTHORIZATION, bearer(Role.ANALYST)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReferralGoesFromTheLobbyToTheRmWhoFollowsItUp() throws Exception {
        String lobby = bearer("lobby.zhang", Role.SALES, "BR001", null);
        String rm = bearer(Role.RM);
        String body = mvc.perform(post("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, lobby).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C01\", \"note\": \"客户询问大额存单\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.toRm").value("RM01")).andExpect(jsonPath("$.state").value("REFERRED"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*\"referralId\":(\\d+).*", "$1"));
        // no customer named: the field is required, not a customer "not found"
        mvc.perform(post("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, lobby).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \" \", \"note\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("customerId"))
                .andExpect(jsonPath("$.errors[0].zh").value("请填写要转介的客户号"));
        mvc.perform(get("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, rm)).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, bearer("rm.two", Role.RM, "BR001", "RM02")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(post("/api/v1/referrals/" + id + "/state").header(HttpHeaders.AUTHORIZATION, rm).contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\": \"CLOSED\", \"outcome\": \"PRODUCT_OPENED\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/referrals/" + id + "/state").header(HttpHeaders.AUTHORIZATION, rm).contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\": \"ACCEPTED\"}")).andExpect(jsonPath("$.state").value("ACCEPTED"));
        mvc.perform(post("/api/v1/referrals/" + id + "/state").header(HttpHeaders.AUTHORIZATION, rm).contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\": \"FOLLOWED_UP\", \"note\": \"已电话联系，约周五面谈\"}")).andExpect(jsonPath("$.followUpNote").value("已电话联系，约周五面谈"));
        mvc.perform(post("/api/v1/referrals/" + id + "/state").header(HttpHeaders.AUTHORIZATION, rm).contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\": \"CLOSED\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post("/api/v1/referrals/" + id + "/state").header(HttpHeaders.AUTHORIZATION, rm).contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\": \"CLOSED\", \"outcome\": \"PRODUCT_OPENED\"}")).andExpect(jsonPath("$.outcome").value("PRODUCT_OPENED"));
        // the lobby sees the outcome of its referral; the supervisor sees the branch's
        mvc.perform(get("/api/v1/referrals/" + id).header(HttpHeaders.AUTHORIZATION, lobby)).andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.outcomeLabel.zh").value("已开立产品"));
        mvc.perform(get("/api/v1/referrals")).andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, lobby).contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\": \"C09\"}")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.zh").value("客户“C09”不存在")).andExpect(jsonPath("$.en").value("customer 'C09' does not exist"));
        mvc.perform(get("/api/v1/referrals/99999")).andExpect(status().isNotFound()).andExpect(jsonPath("$.zh").value("转介“99999”不存在"));
        // a referral to an RM id nobody has would reach no one
        mvc.perform(post("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, lobby).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C01\", \"toRm\": \"RM99\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toRm")).andExpect(jsonPath("$.errors[0].en").value("there is no RM with the id RM99"));
        mvc.perform(post("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, rm).contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\": \"C01\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select kind from audit_record where subject = ? order by record_id", String.class, "referral:" + id))
                .containsExactly("REFERRAL_MADE", "REFERRAL_ACCEPTED", "REFERRAL_FOLLOWED_UP", "REFERRAL_CLOSED");
    }

    @Test
    void aTargetListGivenAsOneTextNamesTheFieldAndAsksForAList() throws Exception {
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "推介会", "kind": "EVENT", "customerIds": "C01", "startsOn": "2026-10-01", "endsOn": "2026-10-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerIds"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为列表（JSON 数组 […]），而不是文本"))
                .andExpect(jsonPath("$.errors[0].en").value("expected a list (a JSON array […]), found text"));
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("[\"C01\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].en").value("expected an object (a JSON object {…}), found a list"));
        assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class)).isZero();
    }
}

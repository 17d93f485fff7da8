package io.clientlens.app.customer.web;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.customer.ProfileEdits;
import io.clientlens.app.support.WorkstationPageTest;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.Profile;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The profile editing form: masked identity, problems at the field with the values kept, sources, roles and scope. */
class ProfilePageTest extends WorkstationPageTest {

    /** The form as the page fills it for C0001, as a browser would send it back unchanged. */
    private Map<String, String> formAsShown() {
        return new LinkedHashMap<>(ProfileEdits.formOf(customers.profile("C0001").orElseThrow()).values());
    }

    private static MockHttpServletRequestBuilder postForm(String path, Map<String, String> form) {
        MockHttpServletRequestBuilder post = post(path).with(csrf());
        form.forEach(post::param);
        return post;
    }

    @Test
    void showsEveryGroupWithIdentityMaskedAndTheRecordedSources() throws Exception {
        mvc.perform(get("/customers/C0001/profile").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("编辑客户资料 C0001"),
                        containsString("value=\"1101*************X\""), containsString("value=\"138****8000\""),
                        containsString("value=\"王*\""), not(containsString("13800138000")), not(containsString("王小明")),
                        containsString("<label for=\"f-income-salary\">工资收入（元/年）</label>"), containsString("value=\"300000\""),
                        containsString("家庭成员"), containsString("负债"), containsString("人生规划和目标"),
                        containsString("name=\"family[3].relation\""), // one blank row after the three stored members
                        containsString("<option value=\"INTERVIEW\">面谈沟通</option>"))));
        mvc.perform(get("/customers/C0001/profile").with(signedIn(Role.RM)).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Edit profile C0001"), containsString("Salary (CNY/year)"))));
    }

    @Test
    void anAdministratorSeesBirthYearCityAndNoEmployerAndSendingThemBackKeepsTheStoredValues() throws Exception {
        customers.save(ProfileDocuments.fromJson("""
                {"customerId": "C0009", "type": "INDIVIDUAL", "name": "钱多多", "branch": "BR001", "relationshipManager": "RM01",
                 "birthDate": "1985-06-15", "address": "北京市朝阳区建国路88号", "employer": "北京某某科技有限公司"}
                """));
        String admin = mvc.perform(get("/customers/C0009/profile").with(signedIn(Role.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(admin).contains("value=\"1985\"", "value=\"北京市*\"")
                .doesNotContain("1985-06-15", "朝阳区", "建国路", "北京某某科技有限公司");
        assertThat(mvc.perform(get("/customers/C0009/profile").with(signedIn(Role.RM))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("1985-06-15", "建国路", "北京某某科技有限公司");

        String before = jdbc.queryForObject("select profile::text from customer where customer_id = 'C0009'", String.class);
        Map<String, String> shown = new LinkedHashMap<>(ProfileEdits.formOf(customers.profile("C0009").orElseThrow(), false).values());
        mvc.perform(postForm("/customers/C0009/profile", shown).with(signedIn(Role.ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select profile::text from customer where customer_id = 'C0009'", String.class))
                .isEqualTo(before);
    }

    @Test
    void aResidentIdThatContradictsTheMaskedBirthDateSaysSoWithoutNamingEitherDate() throws Exception {
        customers.save(ProfileDocuments.fromJson("""
                {"customerId": "C0009", "type": "INDIVIDUAL", "name": "钱多多", "branch": "BR001", "relationshipManager": "RM01",
                 "birthDate": "1985-06-15"}
                """));
        Map<String, String> shown = new LinkedHashMap<>(ProfileEdits.formOf(customers.profile("C0009").orElseThrow(), false).values());
        shown.put("residentId", "11010519491231002X"); // born 1949-12-31; the administrator sees the stored birth date as 1985
        String page = mvc.perform(postForm("/customers/C0009/profile", shown).with(signedIn(Role.ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"f-birthDate-error\"", "出生日期与身份证号码中的出生日期不一致，请核对")
                .doesNotContain("1985-06-15").doesNotContain("1949-12-31");
    }

    @Test
    void wrongFieldsAreExplainedAtTheFieldWithTheValuesKeptAndNothingIsSaved() throws Exception {
        String before = jdbc.queryForObject("select profile::text from customer where customer_id = 'C0001'", String.class);
        Map<String, String> form = formAsShown();
        form.put("residentId", "110105194912310021");
        form.put("mobile", "1380013800");
        form.put("income.salary", "-5");
        form.put("assets.cash", "很多");
        form.put("goals[0].targetDate", "2036/09/01");
        form.put("sources.income", "INTERVIEW");
        mvc.perform(postForm("/customers/C0001/profile", form).with(signedIn(Role.RM))).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("有 5 处需要更正，资料尚未保存。"),
                        // the summary is announced and takes the focus (form-problems.js)
                        containsString("id=\"form-problems\" role=\"alert\" tabindex=\"-1\""), containsString("/form-problems.js"),
                        // the resident ID: its check character does not fit, in plain words next to the field
                        containsString("id=\"f-residentId-error\""), containsString("身份证号码的最后一位（校验码）与前 17 位不符，请核对号码"),
                        containsString("id=\"f-mobile-error\""), containsString("应为11位数字，实际为10位"),
                        containsString("id=\"f-income-salary-error\""), containsString("不能为负数；应为金额，如 1000000、1,000,000、1000000.00、100万 或 1.5万元，实为“-5”"),
                        containsString("id=\"f-assets-cash-error\""), containsString("不是金额；应为金额，如 1000000、1,000,000、1000000.00、100万 或 1.5万元，实为“很多”"),
                        containsString("id=\"f-goals-0-targetDate-error\""), containsString("日期 yyyy-MM-dd"),
                        // what was typed stays in the form
                        containsString("value=\"110105194912310021\""), containsString("value=\"1380013800\""),
                        containsString("value=\"-5\""), containsString("value=\"很多\""), containsString("value=\"2036/09/01\""),
                        containsString("<option value=\"INTERVIEW\" selected=\"selected\">面谈沟通</option>"))));
        assertThat(jdbc.queryForObject("select profile::text from customer where customer_id = 'C0001'", String.class)).isEqualTo(before);

        mvc.perform(postForm("/customers/C0001/profile", form).with(signedIn(Role.RM)).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("the last character (check digit) of the resident ID does not match the first 17; check the number"),
                        containsString("must have 11 digits, has 10"), containsString("must not be negative; expected an amount such as 1000000, 1,000,000, 1000000.00, 100万 or 1.5万元, found &#39;-5&#39;"))));
    }

    @Test
    void readsAmountsAsChineseUsersTypeThem() throws Exception {
        Map<String, String> form = formAsShown();
        form.put("income.salary", "35万");
        form.put("income.investment", "1.5万元");
        form.put("assets.cash", "1,000,000.00");
        form.put("assets.funds", "１，０００，０００");
        form.put("liabilities[0].outstanding", "150万");
        mvc.perform(postForm("/customers/C0001/profile", form).with(signedIn(Role.RM)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customers/C0001"));
        Profile saved = customers.profile("C0001").orElseThrow();
        assertThat(saved.income().salary()).isEqualByComparingTo("350000");
        assertThat(saved.income().investment()).isEqualByComparingTo("15000");
        assertThat(saved.assets().cash()).isEqualByComparingTo("1000000");
        assertThat(saved.assets().funds()).isEqualByComparingTo("1000000");
        assertThat(saved.liabilities().get(0).outstanding()).isEqualByComparingTo("1500000");

        // a row's amount is explained at its own field, in English too
        form.put("liabilities[0].monthlyPayment", "9,000,0");
        mvc.perform(postForm("/customers/C0001/profile", form).with(signedIn(Role.RM)).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"f-liabilities-0-monthlyPayment-error\""),
                        containsString("thousands separators go every three digits"), containsString("1 field(s) need correcting"))));
    }

    @Test
    void savesTheChangesWithTheirSourceKeepsMaskedIdentityAndRedirectsToThe360() throws Exception {
        Map<String, String> form = formAsShown();
        form.put("income.salary", "350,000");
        form.put("sources.income", "INTERVIEW");
        form.put("sources.assets", "ACCOUNT_OPENING");
        form.put("email", "wang@example.cn");
        form.put("tags", "价格敏感、环保");
        form.put("liabilities[1].kind", "CAR_LOAN");
        form.put("liabilities[1].outstanding", "80000");
        form.put("liabilities[1].monthlyPayment", "3000");
        form.put("family[1].birthDate", ""); // clearing every field of a row removes it
        form.put("family[1].relation", "");
        form.put("family[1].educationAnnualCost", "");
        mvc.perform(postForm("/customers/C0001/profile", form).with(signedIn(Role.RM)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customers/C0001"))
                .andExpect(flash().attribute("profileSaved", true));

        Profile saved = customers.profile("C0001").orElseThrow();
        assertThat(saved.income().salary()).isEqualByComparingTo("350000");
        assertThat(saved.residentId()).isEqualTo("11010519491231002X"); // masked and unchanged: kept
        assertThat(saved.mobile()).isEqualTo("13800138000");
        assertThat(saved.name()).isEqualTo("王小明");
        assertThat(saved.email()).isEqualTo("wang@example.cn"); // typed: replaced
        assertThat(saved.tags()).containsExactly("价格敏感", "环保"); // the KYC tags segment rules can use
        assertThat(saved.branch()).isEqualTo("BR001"); // facts the form does not show are kept
        assertThat(saved.region()).isEqualTo("北京市");
        assertThat(saved.liabilities()).hasSize(2);
        assertThat(saved.liabilities().get(1).outstanding()).isEqualByComparingTo(new BigDecimal("80000"));
        assertThat(saved.family()).hasSize(2).noneMatch(m -> m.isChild());
        LocalDate today = LocalDate.now();
        assertThat(saved.sources().get("income")).isEqualTo(new FactSource(FactSource.Channel.INTERVIEW, today));
        assertThat(saved.sources().get("assets")).isEqualTo(new FactSource(FactSource.Channel.ACCOUNT_OPENING, today));
        assertThat(saved.sources()).doesNotContainKey("goals");

        mvc.perform(get("/customers/C0001").with(signedIn(Role.RM)).flashAttr("profileSaved", true))
                .andExpect(content().string(containsString("资料已保存。下一次分类运行将使用更新后的资料。")));
        mvc.perform(get("/customers/C0001/profile").with(signedIn(Role.RM)))
                .andExpect(content().string(allOf(containsString("<option value=\"INTERVIEW\" selected=\"selected\">面谈沟通</option>"),
                        containsString("采集日期 " + today), containsString("value=\"w***@example.cn\""),
                        containsString("客户标签"), containsString("价格敏感"))));
    }

    @Test
    void aFieldNotSentAtAllIsLeftAsStoredWhileAFieldSentEmptyIsRemoved() throws Exception {
        mvc.perform(post("/customers/C0001/profile").with(csrf()).with(signedIn(Role.SUPERVISOR))
                        .param("income.salary", "310000").param("income.other", "").param("sources.income", "PHONE"))
                .andExpect(status().is3xxRedirection());
        Profile saved = customers.profile("C0001").orElseThrow();
        assertThat(saved.income().salary()).isEqualByComparingTo("310000");
        assertThat(saved.income().other()).isNull();
        assertThat(saved.income().investment()).isEqualByComparingTo("10000");
        assertThat(saved.assets().realEstate()).isEqualByComparingTo("3000000");
        assertThat(saved.family()).hasSize(3);
        assertThat(saved.mobile()).isEqualTo("13800138000");
        assertThat(saved.sources().get("income").source()).isEqualTo(FactSource.Channel.PHONE);
    }

    @Test
    void onlyTheRolesOfTheRestPutMayEditAndOnlyCustomersInScope() throws Exception {
        for (Role role : new Role[] {Role.SALES, Role.COMPLIANCE, Role.HEAD_OF_WEALTH, Role.ANALYST}) {
            mvc.perform(get("/customers/C0001/profile").with(signedIn(role))).andExpect(status().isForbidden());
            mvc.perform(postForm("/customers/C0001/profile", formAsShown()).with(signedIn(role))).andExpect(status().isForbidden());
        }
        for (Role role : new Role[] {Role.RM, Role.SUPERVISOR, Role.ADMIN}) {
            mvc.perform(get("/customers/C0001/profile").with(signedIn(role))).andExpect(status().isOk());
        }
        // RM01 may not edit RM02's customer: it does not exist for them
        String before = jdbc.queryForObject("select profile::text from customer where customer_id = 'C0002'", String.class);
        mvc.perform(get("/customers/C0002/profile").with(signedIn(Role.RM))).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("C0002"), not(containsString("李*")))));
        mvc.perform(postForm("/customers/C0002/profile", Map.of("name", "张三")).with(signedIn(Role.RM)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select profile::text from customer where customer_id = 'C0002'", String.class)).isEqualTo(before);
        mvc.perform(get("/customers/C9999/profile").with(signedIn(Role.SUPERVISOR))).andExpect(status().isNotFound());
        // the 360 offers the link only to those who may edit
        mvc.perform(get("/customers/C0001").with(signedIn(Role.RM)))
                .andExpect(content().string(containsString("href=\"/customers/C0001/profile\"")));
        mvc.perform(get("/customers/C0001").with(signedIn(Role.SALES)))
                .andExpect(content().string(not(containsString("/customers/C0001/profile"))));
    }
}

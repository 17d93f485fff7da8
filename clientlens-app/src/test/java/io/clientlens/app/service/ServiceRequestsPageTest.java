package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The service request pages: open by form, the request's page with dispatch, deadline, escalation and history, the import. */
class ServiceRequestsPageTest extends PostgresTest {
    static final Instant T0 = Instant.parse("2026-10-08T01:00:00Z");
    @Autowired
    ServiceClock clock;
    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void customers() {
        clock.use(Clock.fixed(T0, ZoneId.of("Asia/Shanghai")));
        ServiceData data = new ServiceData(jdbc);
        data.customer("C01", "BR001", "RM01", null, null, null);
        long run = data.run(LocalDate.of(2026, 9, 30));
        data.classified(run, "C01", "A", "PRIVATE", "NO", "7000000", 100);
        data.finish(run);
    }

    @AfterEach
    void realClock() {
        clock.use(Clock.systemDefaultZone());
    }

    private long openByForm() throws Exception {
        mvc.perform(post("/service-requests").with(signedIn(Role.RM)).with(csrf()).param("customerId", "C01").param("channel", "HOTLINE")
                        .param("type", "COMPLAINT").param("subject", "转账延迟"))
                .andExpect(redirectedUrlPattern("/service-requests/*")).andExpect(flash().attributeExists("opened"));
        return jdbc.queryForObject("select max(request_id) from service_request", Long.class);
    }

    @Test
    void anRmOpensARequestAndSeesWhereItWentAndByWhen() throws Exception {
        long id = openByForm();
        mvc.perform(get("/service-requests").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("登记服务请求"), containsString("转账延迟"))));
        mvc.perform(get("/service-requests/" + id).with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("客户经理绿色通道"), containsString("须在 2 小时内响应"),
                        containsString("须在 2026-10-08 11:00 前响应"), containsString("客户经理登记"), containsString("受理"), containsString("王*"),
                        containsString("system（系统）"), not(containsString("SYSTEM")))));
        mvc.perform(get("/service-requests/" + id).with(signedIn(Role.RM)).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("RM green channel"), containsString("Respond by 2026-10-08 11:00"),
                        containsString("system (System)"))));
    }

    @Test
    void aFormWithMistakesNamesEachFieldByItsLabel() throws Exception {
        var flash = mvc.perform(post("/service-requests").with(signedIn(Role.RM)).with(csrf()).param("customerId", "")
                .param("channel", "HOTLINE").param("type", "COMPLAINT").param("subject", "")).andReturn().getFlashMap();
        mvc.perform(get("/service-requests").with(signedIn(Role.RM)).flashAttrs(flash)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("客户号："), containsString("主题："),
                        not(containsString("customerId：")), not(containsString("subject：")))));
        mvc.perform(get("/service-requests").param("lang", "en").with(signedIn(Role.RM)).flashAttrs(flash))
                .andExpect(content().string(allOf(containsString("Customer id: "), containsString("Subject: "))));
    }

    @Test
    void aLateRequestShowsItsEscalationAndTakingUpIsRecorded() throws Exception {
        long id = openByForm();
        clock.use(Clock.fixed(T0.plus(Duration.ofHours(3)), ZoneId.of("Asia/Shanghai")));
        mvc.perform(get("/service-requests/" + id).with(signedIn(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已超过响应期限"), containsString("已于 2026-10-08 12:00 升级至主管"),
                        containsString("响应期限 2026-10-08 11:00 已过 1 小时 0 分钟"), containsString("<strong>2026-10-08 09:00</strong>"))));
        mvc.perform(post("/service-requests/" + id + "/take").with(signedIn(Role.RM)).with(csrf())).andExpect(flash().attributeExists("moved"));
        mvc.perform(get("/service-requests/" + id).with(signedIn(Role.RM)))
                .andExpect(content().string(allOf(containsString("处理中"), containsString("已分派 → 处理中"))));
        mvc.perform(get("/service-requests").with(signedIn(Role.COMPLIANCE))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("转账延迟"), not(containsString("登记服务请求")))));
    }

    @Test
    void anImportFileWithAMistakeSaysWhichLineAndColumn() throws Exception {
        String bad = "externalRef,customerId,channel,type,subject,description,createdAt\nX-1,C01,FAX,COMPLAINT,s,,\n";
        mvc.perform(multipart("/service-requests/import").file(new MockMultipartFile("file", "r.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("importErrors", java.util.List.of("line 2.channel：应为 HOTLINE、ONLINE_CHAT、EMAIL、BRANCH 之一")));
        String good = "externalRef,customerId,channel,type,subject,description,createdAt\nX-1,C01,EMAIL,CONSULTATION,利率,,\n";
        mvc.perform(multipart("/service-requests/import").file(new MockMultipartFile("file", "r.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("imported", java.util.List.of(1, 0)));
    }

    @Test
    void anImportFileThatIsNotUtf8IsRefusedSayingSo() throws Exception {
        byte[] gbk = "externalRef,customerId,channel,type,subject\nX-2,C01,EMAIL,CONSULTATION,利率\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        mvc.perform(multipart("/service-requests/import").file(new MockMultipartFile("file", "r.csv", "text/csv", gbk))
                        .with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("importErrors", org.hamcrest.Matchers.contains(
                        allOf(containsString("line 2：文件不是 UTF-8 编码的文本"), containsString("第 2 行")))));
        assertThat(jdbc.queryForObject("select count(*) from service_request", Integer.class)).isZero();
    }
}

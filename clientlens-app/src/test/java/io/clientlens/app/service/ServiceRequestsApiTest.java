package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Service requests: dispatched by class with deadlines, escalated when late, followed up, imported once, scoped, audited. */
class ServiceRequestsApiTest extends PostgresTest {
    static final Instant T0 = Instant.parse("2026-10-08T01:00:00Z");

    @Autowired
    ServiceClock clock;
    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, Role.RM);
    }

    @BeforeEach
    void customers() {
        clock.use(Clock.fixed(T0, ZoneId.of("Asia/Shanghai")));
        ServiceData data = new ServiceData(jdbc);
        data.customer("C01", "BR001", "RM01", null, null, null)
                .customer("C02", "BR001", "RM01", null, null, null)
                .customer("C03", "BR001", "RM02", null, null, null)
                .customer("C04", "BR001", "RM01", null, null, null)
                .customer("C09", "BR009", "RM09", null, null, null);
        long run = data.run(LocalDate.of(2026, 9, 30));
        data.classified(run, "C01", "A", "PRIVATE", "NO", "7000000", 100)
                .classified(run, "C02", "B", "MASS", "NO", "1000", 100)
                .classified(run, "C03", "C", "MASS", "NO", "1000", 100)
                .classified(run, "C09", "A", "PRIVATE", "NO", "7000000", 100);
        data.finish(run);
        bearer("sup.li", Role.SUPERVISOR, "BR001", null);
    }

    @AfterEach
    void realClock() {
        clock.use(Clock.systemDefaultZone());
    }

    private long open(String customer, String type) throws Exception {
        String body = mvc.perform(post("/api/v1/service-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"" + customer + "\", \"channel\": \"HOTLINE\", \"type\": \"" + type + "\", \"subject\": \"网银无法登录\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*\"requestId\":(\\d+).*", "$1"));
    }

    @Test
    void eachClassGoesToItsQueueWithItsDeadline() throws Exception {
        long a = open("C01", "TECHNICAL_SUPPORT");
        mvc.perform(get("/api/v1/service-requests/" + a)).andExpect(jsonPath("$.queue").value("RM_GREEN_CHANNEL"))
                .andExpect(jsonPath("$.assignedRm").value("RM01")).andExpect(jsonPath("$.priority").value(true))
                .andExpect(jsonPath("$.state").value("ASSIGNED")).andExpect(jsonPath("$.source").value("RM"))
                .andExpect(jsonPath("$.respondBy").value("2026-10-08T03:00:00Z"))
                .andExpect(jsonPath("$.dispatchReason.zh").value(containsString("须在 2 小时内响应")))
                .andExpect(jsonPath("$.history[0].kind").value("SERVICE_REQUEST_OPENED"))
                .andExpect(jsonPath("$.history[1].kind").value("SERVICE_REQUEST_DISPATCHED"));
        long b = open("C02", "CONSULTATION");
        mvc.perform(get("/api/v1/service-requests/" + b)).andExpect(jsonPath("$.queue").value("SERVICE_CENTRE"))
                .andExpect(jsonPath("$.respondBy").value("2026-10-09T01:00:00Z"));
        long c = jdbc.queryForObject("select 1", Long.class);
        String front = bearer("front.desk", Role.SALES, "BR001", null);
        String body = mvc.perform(post("/api/v1/service-requests").header(HttpHeaders.AUTHORIZATION, front).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C03\", \"channel\": \"ONLINE_CHAT\", \"type\": \"ACCOUNT_SERVICE\", \"subject\": \"挂失\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.queue").value("ONLINE_QUEUE")).andExpect(jsonPath("$.source").value("SERVICE_CENTRE"))
                .andExpect(jsonPath("$.respondBy").value("2026-10-11T01:00:00Z")).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"customerName\":\"王*\"");
        // a customer without a class is dispatched as the policy's unclassified class (B)
        mvc.perform(post("/api/v1/service-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C04\", \"channel\": \"EMAIL\", \"type\": \"REPAIR\", \"subject\": \"卡片损坏\"}"))
                .andExpect(jsonPath("$.queue").value("SERVICE_CENTRE")).andExpect(jsonPath("$.classified").value(false));
        assertThat(c).isEqualTo(1);
    }

    @Test
    void aLateRequestEscalatesToTheBranchSupervisorOnceAndAnAnsweredOneDoesNot() throws Exception {
        long late = open("C01", "TECHNICAL_SUPPORT");
        long answered = open("C01", "CONSULTATION");
        mvc.perform(post("/api/v1/service-requests/" + answered + "/take")).andExpect(jsonPath("$.state").value("IN_PROGRESS"));
        clock.use(Clock.fixed(T0.plus(Duration.ofHours(2)), ZoneId.of("Asia/Shanghai")));
        mvc.perform(get("/api/v1/service-requests/" + late)).andExpect(jsonPath("$.escalatedAt").doesNotExist());
        clock.use(Clock.fixed(T0.plus(Duration.ofHours(2)).plusSeconds(60), ZoneId.of("Asia/Shanghai")));
        mvc.perform(get("/api/v1/service-requests/" + late)).andExpect(jsonPath("$.breached").value(true))
                .andExpect(jsonPath("$.escalatedTo").value("sup.li")).andExpect(jsonPath("$.escalatedAt").value("2026-10-08T03:01:00Z"))
                .andExpect(jsonPath("$.history[2].kind").value("SERVICE_REQUEST_ESCALATED"))
                .andExpect(jsonPath("$.history[2].reason.zh").value(containsString("升级至主管")));
        mvc.perform(get("/api/v1/service-requests/" + answered)).andExpect(jsonPath("$.escalatedAt").doesNotExist());
        clock.use(Clock.fixed(T0.plus(Duration.ofHours(5)), ZoneId.of("Asia/Shanghai")));
        mvc.perform(get("/api/v1/service-requests").param("escalated", "true").header(HttpHeaders.AUTHORIZATION, bearer("sup.li", Role.SUPERVISOR, "BR001", null)))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where kind = 'SERVICE_REQUEST_ESCALATED'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aRequestIsResolvedFollowedUpAndReopenedInOrder() throws Exception {
        long id = open("C02", "CONSULTATION");
        mvc.perform(post("/api/v1/service-requests/" + id + "/resolve").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stateDoesNotAllow"));
        mvc.perform(post("/api/v1/service-requests/" + id + "/follow-up").contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\": 4}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("notResolved"));
        mvc.perform(post("/api/v1/service-requests/" + id + "/take")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/service-requests/" + id + "/resolve").contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"已解答\"}"))
                .andExpect(jsonPath("$.state").value("RESOLVED"));
        mvc.perform(post("/api/v1/service-requests/" + id + "/follow-up").contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\": 6}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
        mvc.perform(post("/api/v1/service-requests/" + id + "/follow-up").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"satisfaction\": 4, \"note\": \"满意\"}"))
                .andExpect(jsonPath("$.satisfaction").value(4)).andExpect(jsonPath("$.followedUpBy").value("rm.user"));
        mvc.perform(post("/api/v1/service-requests/" + id + "/follow-up").contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\": 5}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("alreadyFollowedUp"));
        clock.use(Clock.fixed(T0.plus(Duration.ofHours(30)), ZoneId.of("Asia/Shanghai")));
        mvc.perform(post("/api/v1/service-requests/" + id + "/reopen").contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"问题复现\"}"))
                .andExpect(jsonPath("$.state").value("REOPENED")).andExpect(jsonPath("$.respondBy").value("2026-10-10T07:00:00Z"));
        assertThat(jdbc.queryForList("select kind from audit_record where subject = ? order by record_id", String.class, "service-request:" + id))
                .containsExactly("SERVICE_REQUEST_OPENED", "SERVICE_REQUEST_DISPATCHED", "SERVICE_REQUEST_TAKEN", "SERVICE_REQUEST_RESOLVED",
                        "SERVICE_REQUEST_FOLLOWED_UP", "SERVICE_REQUEST_REOPENED");
    }

    @Test
    void complaintsAreVisibleToSupervisorsAndComplianceAndOtherRequestsStayInScope() throws Exception {
        open("C01", "COMPLAINT");
        open("C01", "CONSULTATION");
        mvc.perform(get("/api/v1/service-requests").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].type").value("COMPLAINT"));
        mvc.perform(get("/api/v1/service-requests").param("type", "COMPLAINT").header(HttpHeaders.AUTHORIZATION, bearer(Role.SUPERVISOR)))
                .andExpect(jsonPath("$.total").value(1));
        String other = bearer("rm.two", Role.RM, "BR001", "RM02");
        mvc.perform(get("/api/v1/service-requests").header(HttpHeaders.AUTHORIZATION, other)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(post("/api/v1/service-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C09\", \"channel\": \"HOTLINE\", \"type\": \"REPAIR\", \"subject\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/service-requests").header(HttpHeaders.AUTHORIZATION, bearer(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/service-requests").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C01\", \"channel\": \"HOTLINE\", \"type\": \"REPAIR\", \"subject\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputNamesEveryField() throws Exception {
        mvc.perform(post("/api/v1/service-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C01\", \"channel\": \"FAX\", \"type\": \"\", \"subject\": \"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("channel"))
                .andExpect(jsonPath("$.errors[1].field").value("type")).andExpect(jsonPath("$.errors[2].field").value("subject"))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("found 'FAX'")));
    }

    @Test
    void anImportIsDispatchedLikeAnyRequestAndImportingAgainAddsNothing() throws Exception {
        String admin = bearer(Role.ADMIN);
        String csv = "externalRef,customerId,channel,type,subject,description,createdAt\n"
                + "CC-1,C01,HOTLINE,COMPLAINT,理财收益不符,客户来电,2026-10-08T08:00\n"
                + "CC-2,C02,EMAIL,CONSULTATION,\"咨询，定期存款利率\",,\n";
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, admin).contentType("text/csv").content(csv))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.unchanged").value(0));
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, admin).contentType("text/csv").content(csv))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(2));
        assertThat(jdbc.queryForObject("select count(*) from service_request", Integer.class)).isEqualTo(2);
        // 08:00 in Shanghai is 00:00 UTC; class A: two hours to answer
        assertThat(jdbc.queryForObject("select respond_by from service_request where external_ref = 'CC-1'", java.sql.Timestamp.class).toInstant())
                .isEqualTo(Instant.parse("2026-10-08T02:00:00Z"));
        assertThat(jdbc.queryForObject("select source from service_request where external_ref = 'CC-2'", String.class)).isEqualTo("IMPORT");
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, admin).contentType("text/csv")
                        .content("externalRef,customerId,channel,type,subject,description,createdAt\nCC-3,C77,HOTLINE,QUESTION,x,,tomorrow\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "line 2.type", "line 2.createdAt", "line 2.customerId")));
        mvc.perform(post("/api/v1/service-requests/import").contentType("text/csv").content(csv)).andExpect(status().isForbidden());
    }

    @Test
    void anImportMayLeaveOutTheOptionalColumnsInAnyOrderButNotARequiredOne() throws Exception {
        String admin = bearer(Role.ADMIN);
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, admin).contentType("text/csv")
                        .content("customerId,externalRef,subject,channel,type\nC01,CC-7,理财收益不符,HOTLINE,COMPLAINT\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        assertThat(jdbc.queryForObject("select subject from service_request where external_ref = 'CC-7'", String.class)).isEqualTo("理财收益不符");
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, admin).contentType("text/csv")
                        .content("externalRef,customerId,channel,subject,colour\nCC-8,C01,HOTLINE,x,red\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("line 1", "line 1")))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("unknown column colour")))
                .andExpect(jsonPath("$.errors[0].zh").value(containsString("未知的列：colour")))
                .andExpect(jsonPath("$.errors[1].en").value("missing the required column type"))
                .andExpect(jsonPath("$.errors[1].zh").value("缺少必填的列：type"));
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, admin).contentType("text/csv")
                        .content("externalRef,customerId,channel,type,subject\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].en").value(containsString("the file holds no rows")));
        assertThat(jdbc.queryForObject("select count(*) from service_request", Integer.class)).isEqualTo(1);
    }

    @Test
    void anImportThatIsNotUtf8IsRefusedAtItsFirstBadLineAndStoresNothing() throws Exception {
        String admin = bearer(Role.ADMIN);
        java.io.ByteArrayOutputStream gbk = new java.io.ByteArrayOutputStream();
        gbk.writeBytes("externalRef,customerId,channel,type,subject\nCC-9,C01,HOTLINE,COMPLAINT,".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        gbk.writeBytes("王小明的投诉\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, admin).contentType("text/csv")
                        .content(gbk.toByteArray()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("line 2"))
                .andExpect(jsonPath("$.errors[0].zh").value(containsString("文件不是 UTF-8 编码的文本")))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("not UTF-8 text")));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, admin).contentType("text/csv")
                        .content(join(bom, "externalRef,customerId,channel,type,subject\nCC-9,C01,HOTLINE,COMPLAINT,王小明的投诉\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        assertThat(jdbc.queryForObject("select subject from service_request", String.class)).isEqualTo("王小明的投诉");
    }

    private static byte[] join(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void aSubjectHoldingANulIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/service-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C01\", \"channel\": \"HOTLINE\", \"type\": \"COMPLAINT\", \"subject\": \"转账\\u0000失败\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("subject"))
                .andExpect(jsonPath("$.errors[0].zh").value("文本不能包含控制字符（NUL，\\u0000）"))
                .andExpect(jsonPath("$.errors[0].en").value("text must not contain control characters (NUL, \\u0000)"));
        assertThat(jdbc.queryForObject("select count(*) from service_request", Long.class)).isZero();
    }

    @Test
    void aSatisfactionInWordsNamesTheFieldAndAsksForAWholeNumber() throws Exception {
        long id = open("C02", "CONSULTATION");
        mvc.perform(post("/api/v1/service-requests/" + id + "/follow-up").contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\": \"five\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-request"))
                .andExpect(jsonPath("$.detail").value("satisfaction: expected a whole number, found 'five'"))
                .andExpect(jsonPath("$.errors[0].field").value("satisfaction"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为整数，而不是“five”"))
                .andExpect(jsonPath("$.errors[0].en").value("expected a whole number, found 'five'"));
    }

    @Test
    void anUnknownCustomerOrRequestIsSaidInBothLanguages() throws Exception {
        mvc.perform(post("/api/v1/service-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"C999999\", \"channel\": \"HOTLINE\", \"type\": \"COMPLAINT\", \"subject\": \"转账失败\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:not-found"))
                .andExpect(jsonPath("$.zh").value("客户“C999999”不存在"))
                .andExpect(jsonPath("$.en").value("customer 'C999999' does not exist"));
        mvc.perform(post("/api/v1/service-requests/99999/take")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.zh").value("服务请求“99999”不存在"))
                .andExpect(jsonPath("$.en").value("service request '99999' does not exist"));
    }

    @Test
    void anImportHoldingANulNamesTheLineAndImportsNothing() throws Exception {
        String csv = "externalRef,customerId,channel,type,subject,description,createdAt\n"
                + "CC-1,C01,HOTLINE,COMPLAINT,理财收益不符,客户来电,2026-10-08T08:00\n"
                + "CC-2,C02,EMAIL,CONSULTATION,定期\0存款,,\n";
        mvc.perform(post("/api/v1/service-requests/import").header(HttpHeaders.AUTHORIZATION, bearer(Role.ADMIN)).contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("line 3"))
                .andExpect(jsonPath("$.errors[0].zh").value("文本不能包含控制字符（NUL，\\u0000）"))
                .andExpect(jsonPath("$.errors[0].en").value("text must not contain control characters (NUL, \\u0000)"));
        assertThat(jdbc.queryForObject("select count(*) from service_request", Integer.class)).isZero();
    }

    @Test
    void aSatisfactionTooLargeForItsFieldSaysTheRange() throws Exception {
        long id = open("C02", "CONSULTATION");
        mvc.perform(post("/api/v1/service-requests/" + id + "/follow-up").contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\": 99999999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("satisfaction"))
                .andExpect(jsonPath("$.errors[0].zh").value("数字超出范围，应在 -2147483648 至 2147483647 之间"))
                .andExpect(jsonPath("$.errors[0].en").value("the number is out of range: expected -2147483648 to 2147483647"));
    }
}

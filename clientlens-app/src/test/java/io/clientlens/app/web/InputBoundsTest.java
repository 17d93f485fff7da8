package io.clientlens.app.web;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Out-of-range input is refused naming the field and the allowed range, never stored and never a 5xx: birth dates
 * outside 1900-01-01…today, amounts at or above the policy's {@code validation.maxAmount} (10^13 元) in profiles,
 * suitability checks and the product catalogue, a fraction where a whole number is meant (segment priority).
 */
class InputBoundsTest extends PostgresTest {
    static final String RANGE_EN = "less than 10,000,000,000,000";
    static final String RANGE_ZH = "小于 10,000,000,000,000";

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.ADMIN);
    }

    @BeforeEach
    void customerAndCatalogue() throws Exception {
        putProfile("C1", "").andExpect(status().isCreated());
        mvc.perform(post("/api/v1/products").contentType("text/csv")
                        .content(Files.readString(Path.of("../docs/samples/products.csv"), StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
    }

    private ResultActions putProfile(String id, String more) throws Exception {
        return mvc.perform(put("/api/v1/customers/" + id + "/profile").contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\": \"" + id + "\", \"name\": \"王小明\", \"branch\": \"BR001\", \"relationshipManager\": \"RM01\""
                        + more + "}"));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void birthDatesOutside1900AndTodayAreRefusedNamingTheField() throws Exception {
        for (String date : new String[]{"2999-01-01", "1800-01-01", "1899-12-31", LocalDate.now().plusDays(1).toString()}) {
            String problem = body(putProfile("C1", ", \"birthDate\": \"" + date + "\"").andExpect(status().isBadRequest()));
            assertThat(problem).as(date).contains("\"birthDate\"", "1900-01-01");
        }
        String problem = body(putProfile("C1", ", \"family\": [{\"relation\": \"CHILD\", \"birthDate\": \"2999-01-01\"}]")
                .andExpect(status().isBadRequest()));
        assertThat(problem).contains("family[0].birthDate");
        putProfile("C1", ", \"birthDate\": \"1900-01-01\"").andExpect(status().isOk());
        putProfile("C1", ", \"birthDate\": \"" + LocalDate.now() + "\"").andExpect(status().isOk());
    }

    @Test
    void profileAmountsAtOrAboveThePolicyLimitAreRefusedNamingFieldAndRange() throws Exception {
        for (String amount : new String[]{"1e308", "1e16", "10000000000000"}) {
            String problem = body(putProfile("C1", ", \"assets\": {\"cash\": " + amount + "}").andExpect(status().isBadRequest()));
            assertThat(problem).as(amount).contains("assets.cash", RANGE_EN, RANGE_ZH);
        }
        putProfile("C1", ", \"assets\": {\"cash\": 9999999999999.99}").andExpect(status().isOk());
    }

    @Test
    void suitabilityAmountsAboveTheLimitAreRefusedNamingTheRangeNotA5xx() throws Exception {
        for (String amount : new String[]{"1e16", "1e308", "\"1e16\"", "10000000000000", "\"1000000000万\""}) {
            String problem = body(mvc.perform(post("/api/v1/suitability-checks").contentType(MediaType.APPLICATION_JSON)
                            .header(HttpHeaders.AUTHORIZATION, bearer("li.rm", Role.RM, "BR001", "RM01"))
                            .content("{\"customerId\": \"C1\", \"productCode\": \"CASH01\", \"amount\": " + amount
                                    + ", \"initiatedBy\": \"bank\"}"))
                    .andExpect(status().isBadRequest()));
            assertThat(problem).as(amount).contains("\"amount\"");
            if (!amount.equals("\"1e16\"")) {
                assertThat(problem).as(amount).contains(RANGE_EN);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from suitability_check", Long.class)).isZero();
    }

    @Test
    void aProductMinimumAboveTheLimitIsRefusedAtItsLine() throws Exception {
        String csv = Files.readString(Path.of("../docs/samples/products.csv"), StandardCharsets.UTF_8);
        String header = csv.lines().findFirst().orElseThrow();
        String first = csv.lines().skip(1).findFirst().orElseThrow();
        int column = java.util.Arrays.asList(header.split(",")).indexOf("minAmount");
        assertThat(column).isNotNegative();
        for (String amount : new String[]{"1e16", "1e308", "10000000000000"}) {
            String[] cells = first.split(",", -1);
            cells[column] = amount;
            String problem = body(mvc.perform(post("/api/v1/products").contentType("text/csv")
                    .content(header + "\n" + String.join(",", cells) + "\n")).andExpect(status().isBadRequest()));
            assertThat(problem).as(amount).contains("minAmount");
            if (!amount.equals("1e16") && !amount.equals("1e308")) {
                assertThat(problem).as(amount).contains(RANGE_EN);
            }
        }
    }

    @Test
    void aSegmentPriorityWithAFractionIsRefusedNamingTheField() throws Exception {
        String problem = body(mvc.perform(put("/api/v1/segments/young").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.AUTHORIZATION, bearer(Role.ANALYST))
                        .content("{\"label\": {\"zh\": \"年轻\", \"en\": \"Young\"}, \"priority\": 1.5, \"expression\": \"features.age < 35\"}"))
                .andExpect(status().isBadRequest()));
        assertThat(problem).contains("priority", "whole number");
        assertThat(jdbc.queryForObject("select count(*) from segment_rule", Long.class)).isZero();
    }
}

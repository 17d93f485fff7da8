package io.clientlens.app.web;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomePageTest extends PostgresTest {

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, null);
    }
    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;

    @Test
    void showsCountsPerClassInChineseByDefault() throws Exception {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        runs.run(null, Progress.NONE);
        mvc.perform(get("/").with(signedIn(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("各分类客户数"), containsString("资产层级"),
                        containsString("大众客户"), containsString("评估日 1994-03-31"))));
    }

    @Test
    void looksUpOneCustomerWithReasonsInEnglishWhenAsked() throws Exception {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        runs.run(null, Progress.NONE);
        mvc.perform(get("/").with(signedIn(Role.ADMIN)).param("id", "1").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Customer 1"), containsString("AUM tier"),
                        containsString("AUM "), containsString("Family life stage"), not(containsString("资产层级")))));
        mvc.perform(get("/").with(signedIn(Role.ADMIN)).param("id", "no-such")).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有客户号为“no-such”的客户")));
    }

    @Test
    void looksUpOnlyCustomersInTheUsersScope() throws Exception {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        runs.run(null, Progress.NONE);
        jdbc.update("update customer set branch_id = 'BR009', relationship_manager = 'RM09' where customer_id = '1'");
        mvc.perform(get("/").with(signedIn(Role.COMPLIANCE)).param("id", "1").param("lang", "en"))
                .andExpect(content().string(containsString("Customer 1")));
        for (Role outside : new Role[]{Role.RM, Role.SUPERVISOR, Role.ANALYST}) {
            mvc.perform(get("/").with(signedIn(outside)).param("id", "1").param("lang", "en")).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Customer 1"))));
        }
        // an analyst never opens one customer: no lookup box that would say an existing customer does not exist
        mvc.perform(get("/").with(signedIn(Role.ANALYST)).param("id", "1").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("class=\"lookup\"")), not(containsString("No customer with id")))));
        mvc.perform(get("/").with(signedIn(Role.COMPLIANCE)).param("lang", "en"))
                .andExpect(content().string(containsString("class=\"lookup\"")));
    }

    @Test
    void saysSoWhenNothingIsClassifiedYet() throws Exception {
        mvc.perform(get("/").with(signedIn(Role.ADMIN)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No classification yet")));
    }
}

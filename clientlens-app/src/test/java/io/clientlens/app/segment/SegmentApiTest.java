package io.clientlens.app.segment;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SegmentApiTest extends PostgresTest {
    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.ANALYST);
    }

    @Test
    void storesChecksListsAndDeletesSegmentRules() throws Exception {
        String body = """
                {"label": {"zh": "年轻贵宾客户", "en": "Young affluent"}, "priority": 10,
                 "expression": "features.age < 35 && dimensions.aumTier == \\"AFFLUENT\\""}""";
        mvc.perform(put("/api/v1/segments/young-affluent").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1/segments/young-affluent").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/segments/bad").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("features.age", "features.agee")))
                .andExpect(status().isBadRequest())
                .andExpect(content -> org.assertj.core.api.Assertions.assertThat(content.getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("features.agee"));
        mvc.perform(get("/api/v1/segments"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("young-affluent"))
                .andExpect(jsonPath("$[0].expression", containsString("AFFLUENT")));
        mvc.perform(delete("/api/v1/segments/young-affluent")).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/segments/young-affluent")).andExpect(status().isNotFound());
    }
}

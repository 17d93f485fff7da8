package io.clientlens.app.suitability;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.app.support.SignatureImages;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Customers, the sample catalogue, users by role and the requests of the suitability chain over REST, for the API tests. */
abstract class SuitabilityApiSupport extends PostgresTest {
    static final String RM = "RM";

    MockMvc mvc;

    WebApplicationContext context;

    @Autowired
    void signIn(WebApplicationContext context) {
        this.context = context;
        mvc = mvc(context, Role.ADMIN);
    }

    @BeforeEach
    void customerAndCatalogue() throws Exception {
        profile("C1", "{\"years\": 0, \"purchases\": 0}");
        profile("C2", "{\"years\": 5, \"purchases\": 9}");
        mvc.perform(post("/api/v1/products").contentType("text/csv")
                        .content(Files.readString(Path.of("../docs/samples/products.csv"), StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(15));
    }

    void profile(String id, String history) throws Exception {
        mvc.perform(put("/api/v1/customers/" + id + "/profile").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": \"" + id + "\", \"name\": \"王小明\", \"branch\": \"BR001\", \"relationshipManager\": \"RM01\", \"mobile\": \"13800138000\", \"investmentHistory\": " + history + "}"))
                .andExpect(status().isCreated());
    }

    /** The request as the named user; the user is created with the role (branch BR001, RM id RM01) on first use. */
    ResultActions as(String user, String role, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION,
                bearer(user, Role.valueOf(role), "BR001", role.equals(RM) ? "RM01" : null)));
    }

    ResultActions assess(String customer, String answers, String channel, String at) throws Exception {
        String body = "{\"questionnaire\": \"risk-tolerance-v1\", \"channel\": \"" + channel + "\""
                + (at == null ? "" : ", \"at\": \"" + at + "\"") + ", \"answers\": " + answers + "}";
        return as("li.rm", RM, post("/api/v1/customers/" + customer + "/assessments").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String answers(String loss) {
        return "{\"age\": \"31-40\", \"income\": \"300k-1m\", \"share\": \"10-25\", \"experience\": \"funds\", \"horizon\": \"3-10\","
                + " \"objective\": \"balanced\", \"knowledge\": \"good\", \"loss\": \"" + loss + "\", \"fall\": \"hold\", \"return\": \"5-10\"}";
    }

    ResultActions check(String customer, String product, String amount, String initiatedBy) throws Exception {
        return as("li.rm", RM, post("/api/v1/suitability-checks").contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\": \"" + customer + "\", \"productCode\": \"" + product + "\", \"amount\": " + amount
                        + ", \"initiatedBy\": \"" + initiatedBy + "\"}"));
    }

    static final String SENTENCE = "本人已经阅读上述风险提示，充分了解并清楚知晓本产品的风险，愿意承担相关风险";
    static final byte[] CUSTOMER_SIGNATURE = SignatureImages.signed(1);
    static final byte[] RM_SIGNATURE = SignatureImages.signed(2);

    /** The two signatures as JSON members after others: {@code , "customerSignature": "data:…", "rmSignature": "…"} (base64 bare). */
    static String signatures() {
        return ", \"customerSignature\": \"" + SignatureImages.dataUrl(CUSTOMER_SIGNATURE) + "\", \"rmSignature\": \""
                + SignatureImages.base64(RM_SIGNATURE) + "\"";
    }

    /** The RM records the written confirmation with both signatures (and the face-to-face explanation if asked). */
    ResultActions confirm(long checkId, boolean faceToFace) throws Exception {
        return as("li.rm", RM, post("/api/v1/suitability-checks/" + checkId + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"" + SENTENCE + "\"" + (faceToFace ? ", \"faceToFaceExplained\": true" : "") + signatures() + "}"));
    }

    long id(ResultActions result) throws Exception {
        return Long.parseLong(result.andReturn().getResponse().getContentAsString().replaceAll(".*\"recordId\":(\\d+).*", "$1"));
    }
}

package io.clientlens.app.suitability;

import io.clientlens.batch.json.Json;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON of a suitability check and of an approver's queue keeps its field order and its optional fields now that the
 * service returns records (CheckView, QueuedCheck) instead of maps: clients that read the API as text see what they saw.
 */
class SuitabilityJsonShapeTest extends SuitabilityApiSupport {
    static final List<String> CHECK = List.of("recordId", "customerId", "customerName", "productCode", "amount", "initiatedBy",
            "decision", "overridable", "steps", "reasons", "inputs", "disclosure", "confirmationSentence", "checkedBy", "checkedRole",
            "checkedAt", "policyVersion", "review", "reviewDueOn", "initiativeConfirmation", "done", "signatures", "sale");

    @Test
    void aCheckWaitingForStepsListsItsFieldsInTheApisOrderWithWhatIsMissingLast() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        Map<String, Object> checked = body(check("C2", "BOND01", "1000000", "bank").andExpect(status().isCreated()));
        assertThat(keys(checked)).containsExactlyElementsOf(with(CHECK, "missing"));
        assertThat(keys(first(checked.get("reasons")))).containsExactly("en", "zh", "rule");
        assertThat(keys((Map<?, ?>) checked.get("disclosure"))).containsExactly("en", "zh");
        assertThat(checked.get("missing")).isEqualTo(List.of("WRITTEN_CONFIRMATION", "SUPERVISOR_REVIEW", "SECOND_APPROVAL"));
        long id = ((Number) checked.get("recordId")).longValue();

        Map<String, Object> confirmed = body(confirm(id, false).andExpect(status().isOk()));
        assertThat(keys(first(confirmed.get("done")))).containsExactly("step", "by", "role", "approved", "at");
        assertThat(keys(first(confirmed.get("signatures"))))
                .containsExactly("signer", "sha256", "bytes", "width", "height", "capturedBy", "capturedAt");

        // a supervisor's queue entry: the check's fields, then queue (only the kind before the sale)
        List<?> queue = Json.mapper().readValue(as("zhao.sup", "SUPERVISOR", get("/api/v1/approvals")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), List.class);
        Map<?, ?> entry = queue.stream().map(e -> (Map<?, ?>) e).filter(e -> ((Number) e.get("recordId")).longValue() == id)
                .findFirst().orElseThrow();
        assertThat(keys(entry)).containsExactlyElementsOf(with(with(CHECK, "missing"), "queue"));
        assertThat(entry.get("queue")).isEqualTo(Map.of("kind", "BEFORE_SALE"));

        Map<String, Object> reviewed = body(as("zhao.sup", "SUPERVISOR", post("/api/v1/suitability-checks/" + id + "/approvals")
                .contentType(MediaType.APPLICATION_JSON).content("{\"approved\": true, \"opinion\": \"建议合理\"}")).andExpect(status().isOk()));
        assertThat(keys((Map<?, ?>) ((List<?>) reviewed.get("done")).get(1))).containsExactly("step", "by", "role", "approved", "opinion", "at");
    }

    @Test
    void anAllowedSaleHasNoMissingField() throws Exception {
        assess("C2", answers("5-20"), "branch", null);
        long id = id(check("C2", "BOND01", "50000", "bank"));
        confirm(id, false).andExpect(status().isOk());
        Map<String, Object> view = body(as("li.rm", RM, get("/api/v1/suitability-checks/" + id)).andExpect(status().isOk()));
        assertThat(view.get("sale")).isEqualTo("SALE_ALLOWED");
        assertThat(keys(view)).containsExactlyElementsOf(CHECK);
    }

    private static Map<String, Object> body(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }

    private static Map<?, ?> first(Object list) {
        return (Map<?, ?>) ((List<?>) list).get(0);
    }

    private static List<String> keys(Map<?, ?> m) {
        return m.keySet().stream().map(String::valueOf).toList();
    }

    private static List<String> with(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}

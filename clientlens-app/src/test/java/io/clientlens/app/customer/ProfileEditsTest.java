package io.clientlens.app.customer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving the profile form dates a group's source today only when the group's facts or its source changed. */
class ProfileEditsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void aGroupSentBackAsShownKeepsTheDayItsFactsWereCollected() {
        JsonNode stored = json("""
                {"customerId": "C1", "expenses": {"living": 60000},
                 "sources": {"expenses": {"source": "INTERVIEW", "collectedOn": "2025-03-01"}}}""");
        // the form writes the amount as it shows it; the same source is chosen
        var form = ProfileEdits.submitted(Map.of("expenses.living", "60,000.00", "sources.expenses", "INTERVIEW"));
        JsonNode saved = ProfileEdits.document(stored, form, TODAY, Map.of());
        assertThat(saved.at("/sources/expenses/collectedOn").asString()).isEqualTo("2025-03-01");

        var changed = ProfileEdits.submitted(Map.of("expenses.living", "72,000", "sources.expenses", "INTERVIEW"));
        assertThat(ProfileEdits.document(stored, changed, TODAY, Map.of()).at("/sources/expenses/collectedOn").asString())
                .isEqualTo("2026-12-07");
    }

    @Test
    void factsAreComparedByValueAndNothingIsNothingHoweverWritten() {
        assertThat(ProfileEdits.sameFacts(json("300000"), json("300000.00"))).isTrue();
        assertThat(ProfileEdits.sameFacts(json("300000"), json("300000.01"))).isFalse();
        assertThat(ProfileEdits.sameFacts(null, json("[]"))).isTrue();
        assertThat(ProfileEdits.sameFacts(json("{\"a\": null}"), json("{}"))).isTrue();
        assertThat(ProfileEdits.sameFacts(json("{\"a\": [1, 2]}"), json("{\"a\": [1.0, 2]}"))).isTrue();
        assertThat(ProfileEdits.sameFacts(json("{\"a\": [1, 2]}"), json("{\"a\": [2, 1]}"))).isFalse();
        assertThat(ProfileEdits.sameFacts(json("\"x\""), null)).isFalse();
    }
}

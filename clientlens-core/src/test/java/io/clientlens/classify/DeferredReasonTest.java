package io.clientlens.classify;

import io.clientlens.code.Label;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch run keeps only the fired rule of each result: the texts of a reason must cost nothing until read. */
class DeferredReasonTest {

    @Test
    void composesItsTextsOnlyWhenReadAndOnlyOnce() {
        AtomicInteger composed = new AtomicInteger();
        Reason reason = Reason.deferred("aumBand.AFFLUENT", () -> {
            composed.incrementAndGet();
            return Label.of("AUM 60 万元 → 富裕客户", "AUM 600,000 CNY → Affluent");
        });

        assertThat(reason.rule()).isEqualTo("aumBand.AFFLUENT");
        assertThat(composed).hasValue(0);
        assertThat(reason.zh()).isEqualTo("AUM 60 万元 → 富裕客户");
        assertThat(reason.en()).isEqualTo("AUM 600,000 CNY → Affluent");
        assertThat(composed).hasValue(1);
    }

    @Test
    void equalsTheReasonWrittenOutAtOnce() {
        Reason deferred = Reason.deferred("low", () -> Label.of("低", "low"));
        Reason eager = new Reason("low", "低", "low");

        assertThat(deferred).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
        assertThat(deferred).isNotEqualTo(new Reason("low", "低", "Low"));
        assertThat(deferred).isNotEqualTo(new Reason("high", "低", "low"));
    }
}

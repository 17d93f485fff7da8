package io.clientlens.classify;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The classifier's inputs map must behave as the unmodifiable LinkedHashMap it replaces. */
class FrozenMapTest {

    @Test
    void keepsInsertionOrderNullValuesAndLinkedHashMapPutSemantics() {
        Map<String, Object> frozen = FrozenMap.of("b", 1, "a", null, "c", "x", "b", 2);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 1);
        expected.put("a", null);
        expected.put("c", "x");
        expected.put("b", 2);

        assertThat(List.copyOf(frozen.keySet())).containsExactly("b", "a", "c");
        assertThat(frozen.values()).containsExactly(2, null, "x");
        assertThat(frozen).isEqualTo(expected).hasSize(3);
        assertThat(frozen.hashCode()).isEqualTo(expected.hashCode());
        assertThat(frozen.toString()).isEqualTo(expected.toString());
        assertThat(frozen.get("a")).isNull();
        assertThat(frozen.containsKey("a")).isTrue();
        assertThat(frozen.containsKey("z")).isFalse();
        assertThat(frozen.get("z")).isNull();
    }

    @Test
    void cannotBeChanged() {
        Map<String, Object> frozen = FrozenMap.of("a", 1);
        assertThatThrownBy(() -> frozen.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue(3))
                .isInstanceOf(UnsupportedOperationException.class);
        var it = frozen.entrySet().iterator();
        it.next();
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderGrowsAndCannotBeReused() {
        FrozenMap.Builder builder = FrozenMap.builder(1);
        for (int i = 0; i < 20; i++) {
            builder.put("k" + i, i);
        }
        builder.putAll(Map.of("k3", "three"));
        Map<String, Object> map = builder.build();
        assertThat(map).hasSize(20).containsEntry("k3", "three").containsEntry("k19", 19);
        assertThat(List.copyOf(map.keySet()).get(3)).isEqualTo("k3");
        assertThatThrownBy(() -> builder.put("late", 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void resultsAndClassificationsKeepAFrozenMapButCopyAnyOther() {
        var dimension = io.clientlens.code.Dimension.AUM_TIER;
        Map<String, Object> frozen = FrozenMap.of("aum", BigDecimal.ONE);
        Reason reason = new Reason("r", "zh", "en");
        assertThat(DimensionResult.of(dimension, "MASS", frozen, reason).inputs()).isSameAs(frozen);

        Map<String, Object> mutable = new LinkedHashMap<>(Map.of("aum", BigDecimal.ONE));
        DimensionResult copied = DimensionResult.of(dimension, "MASS", mutable, reason);
        mutable.put("later", 1);
        assertThat(copied.inputs()).containsOnlyKeys("aum");
        assertThatThrownBy(() -> copied.inputs().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);

        Map<String, Object> features = new LinkedHashMap<>(Map.of("age", 40));
        Classification c = new Classification("C1", java.time.LocalDate.of(2026, 9, 30), "v1", features, new java.util.EnumMap<>(io.clientlens.code.Dimension.class));
        features.put("later", 1);
        assertThat(c.features()).containsOnlyKeys("age");
        Classification kept = new Classification("C1", java.time.LocalDate.of(2026, 9, 30), "v1", frozen, new java.util.EnumMap<>(io.clientlens.code.Dimension.class));
        assertThat(kept.features()).isSameAs(frozen);
    }

    @Test
    void ruleThatPassesAnUnknownCodeIsStillRejected() {
        assertThatThrownBy(() -> DimensionResult.of(io.clientlens.code.Dimension.AUM_TIER, "NOPE", FrozenMap.of(),
                new Reason("r", "zh", "en"))).isInstanceOf(IllegalArgumentException.class);
    }
}

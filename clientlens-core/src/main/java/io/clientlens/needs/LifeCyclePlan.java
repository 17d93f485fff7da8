package io.clientlens.needs;

import io.clientlens.code.Label;

import java.util.List;

/**
 * What a life stage asks of planning: the six areas in order of priority, the product qualities
 * in order of preference, and the focus in a sentence (with the textbook asset mix).
 */
public record LifeCyclePlan(String lifeStage, List<PlanningArea> priorities, List<ProductPreference> preferences,
                            Label focus) {
    public LifeCyclePlan {
        priorities = List.copyOf(priorities);
        preferences = List.copyOf(preferences);
        if (priorities.size() != PlanningArea.values().length || priorities.stream().distinct().count() != priorities.size()) {
            throw new IllegalArgumentException(lifeStage + ": priorities must rank each of the six areas once");
        }
        if (preferences.size() != ProductPreference.values().length || preferences.stream().distinct().count() != preferences.size()) {
            throw new IllegalArgumentException(lifeStage + ": preferences must rank liquidity, yield and safety once");
        }
    }
}

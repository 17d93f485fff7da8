package io.clientlens.batch.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelVariableResolver;
import io.clientlens.classify.Classification;
import io.clientlens.classify.DimensionResult;
import io.clientlens.code.Dimension;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a segment expression may use: {@code features.<name>} for the exported features
 * (docs/SEGMENTS.md) and {@code dimensions.<code>} for each dimension's value code. Each is declared
 * as its own qualified name, so that a misspelt feature is an "undeclared reference" when the rule
 * is compiled, not a silent miss when it runs. Money is a double, counts and days are ints.
 */
public final class SegmentVariables {
    /** Feature name → CEL type, in export order. */
    public static final Map<String, CelType> FEATURES;

    static {
        Map<String, CelType> f = new LinkedHashMap<>();
        f.put("age", SimpleType.INT);
        f.put("gender", SimpleType.STRING);
        f.put("aum", SimpleType.DOUBLE);
        f.put("contribution", SimpleType.DOUBLE);
        f.put("loanOutstanding", SimpleType.DOUBLE);
        f.put("fees365", SimpleType.DOUBLE);
        f.put("activityCount365", SimpleType.INT);
        f.put("activityAmount365", SimpleType.DOUBLE);
        f.put("daysSinceLastActivity", SimpleType.INT);
        f.put("tenureDays", SimpleType.INT);
        f.put("linkedAccounts", SimpleType.INT);
        f.put("openLinkedAccounts", SimpleType.INT);
        f.put("productTypesHeld", ListType.create(SimpleType.STRING));
        f.put("netAssets", SimpleType.DOUBLE);
        f.put("investmentDaysAtBank", SimpleType.INT);
        f.put("investmentPurchasesAtBank", SimpleType.INT);
        f.put("clv", SimpleType.DOUBLE);
        f.put("annualIncome", SimpleType.DOUBLE);
        f.put("occupation", SimpleType.STRING);
        f.put("education", SimpleType.STRING);
        f.put("tags", ListType.create(SimpleType.STRING));
        f.put("cashAmount365", SimpleType.DOUBLE);
        f.put("creditAmount365", SimpleType.DOUBLE);
        f.put("crossBorderCount365", SimpleType.INT);
        FEATURES = java.util.Collections.unmodifiableMap(f);
    }

    /** A declared variable: a feature of {@link #FEATURES} with its type, or a dimension's value code. */
    private record Variable(String feature, CelType type, Dimension dimension) {
    }

    /** Full variable name (features.aum, dimensions.aumTier) → what it reads; features first, in export order. */
    private static final Map<String, Variable> VARIABLES;

    static {
        Map<String, Variable> v = new LinkedHashMap<>();
        FEATURES.forEach((name, type) -> v.put("features." + name, new Variable(name, type, null)));
        for (Dimension d : Dimension.values()) {
            v.put("dimensions." + d.code(), new Variable(null, SimpleType.STRING, d));
        }
        VARIABLES = java.util.Collections.unmodifiableMap(v);
    }

    private SegmentVariables() {
    }

    /** Every declared variable name and its type. */
    public static Map<String, CelType> declarations() {
        Map<String, CelType> all = new LinkedHashMap<>();
        VARIABLES.forEach((name, v) -> all.put(name, v.type()));
        return all;
    }

    /**
     * The activation for one customer. Missing (null) features are left out: an expression that
     * reads one fails for that customer, and a failing expression does not match.
     */
    public static Map<String, Object> of(Map<String, ?> features, Map<String, String> dimensionCodes) {
        Map<String, Object> vars = new HashMap<>();
        FEATURES.forEach((name, type) -> {
            Object value = cel(features.get(name), type);
            if (value != null) {
                vars.put("features." + name, value);
            }
        });
        dimensionCodes.forEach((code, value) -> vars.put("dimensions." + code, value));
        return vars;
    }

    /**
     * The variables of one classified customer, as {@link #of} gives them, but each looked up only when an expression
     * reads it: a run evaluates a few expressions per customer, each reading a few of the 38 variables, so building
     * the whole activation for every customer cost about as much as evaluating them.
     */
    public static CelVariableResolver of(Classification c) {
        Map<String, Object> features = c.features();
        return name -> {
            Variable v = VARIABLES.get(name);
            if (v == null) {
                return Optional.empty();
            }
            if (v.dimension() != null) {
                DimensionResult r = c.get(v.dimension());
                return r == null ? Optional.empty() : Optional.ofNullable(r.code());
            }
            return Optional.ofNullable(cel(features.get(v.feature()), v.type()));
        };
    }

    private static Object cel(Object value, CelType type) {
        if (value == null) {
            return null;
        }
        if (type == SimpleType.INT) {
            return ((Number) value).longValue();
        }
        if (type == SimpleType.DOUBLE) {
            return value instanceof BigDecimal b ? b.doubleValue() : ((Number) value).doubleValue();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (value instanceof Object[] array) {
            return List.of(array).stream().map(String::valueOf).toList();
        }
        return value.toString();
    }
}

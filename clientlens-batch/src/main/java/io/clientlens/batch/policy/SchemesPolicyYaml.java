package io.clientlens.batch.policy;

import io.clientlens.batch.policy.PolicyNode.Unit;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.needs.PlanningArea;
import io.clientlens.policy.Bands;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.clientlens.batch.policy.PolicyValues.anyNull;
import static io.clientlens.batch.policy.PolicyValues.bands;
import static io.clientlens.batch.policy.PolicyValues.code;
import static io.clientlens.batch.policy.PolicyValues.rate;
import static io.clientlens.batch.policy.PolicyValues.share;
import static io.clientlens.batch.policy.PolicyValues.texts;

/**
 * Reads the sections of the further classification schemes (docs/POLICY.md): {@code geography},
 * {@code ageBand}, {@code incomeBand}, {@code demand} and {@code clv}. Like the rest of the policy,
 * every problem is recorded with its key path and nothing half-read is returned.
 */
final class SchemesPolicyYaml {

    static final List<String> PROVINCE_KEYS = List.of("name", "short", "en", "zone", "coast");
    static final List<String> LOYALTY_CODES = List.of("LOYAL", "GENERAL", "CHURNED");

    private SchemesPolicyYaml() {
    }

    static Policy.Schemes schemes(PolicyNode root) {
        Policy.Geography geography = geography(root.get("geography"));
        Bands ageBands = bandsOf(root.get("ageBand"), Dimension.AGE_BAND);
        Bands incomeBands = bandsOf(root.get("incomeBand"), Dimension.INCOME_BAND);
        Policy.Demand demand = demand(root.get("demand"));
        Policy.Clv clv = clv(root.get("clv"));
        return anyNull(geography, ageBands, incomeBands, demand, clv) ? null
                : new Policy.Schemes(geography, ageBands, incomeBands, demand, clv);
    }

    private static Bands bandsOf(PolicyNode node, Dimension dimension) {
        return node.isMappingOf(List.of("bands")) ? bands(node.get("bands"), dimension) : null;
    }

    private static Policy.Geography geography(PolicyNode node) {
        if (!node.isMappingOf(List.of("provinces", "urbanKeywords", "ruralKeywords"))) {
            return null;
        }
        int before = node.problems().size();
        List<Policy.Province> provinces = provinces(node.get("provinces"));
        Set<String> urban = texts(node.get("urbanKeywords"), true);
        Set<String> rural = texts(node.get("ruralKeywords"), true);
        return node.problems().size() > before || anyNull(provinces, urban, rural) ? null
                : new Policy.Geography(provinces, List.copyOf(urban), List.copyOf(rural));
    }

    private static List<Policy.Province> provinces(PolicyNode node) {
        List<PolicyNode> items = node.list();
        if (items == null) {
            return null;
        }
        int before = node.problems().size();
        if (items.isEmpty()) {
            node.problem("至少需要一个省级行政区", "at least one province-level region is required");
        }
        List<Policy.Province> provinces = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>(); // every name that matches → where it was given
        for (PolicyNode item : items) {
            if (!item.isMappingOf(PROVINCE_KEYS)) {
                continue;
            }
            String name = item.get("name").text();
            String shortName = item.get("short").text();
            String en = item.get("en").text();
            String zone = code(item.get("zone"), Dimension.GEO_ZONE);
            String coast = code(item.get("coast"), Dimension.COAST);
            if (anyNull(name, shortName, en, zone, coast)) {
                continue;
            }
            if (!name.startsWith(shortName)) {
                item.get("short").problem("“" + shortName + "”必须是名称“" + name + "”的开头",
                        "\"" + shortName + "\" must be the start of the name \"" + name + "\"");
            }
            unique(names, name, item.get("name"));
            unique(names, en.toLowerCase(java.util.Locale.ROOT), item.get("en"));
            if (!shortName.equals(name)) {
                unique(names, shortName, item.get("short"));
            }
            provinces.add(new Policy.Province(name, shortName, en, zone, coast));
        }
        ambiguousShortNames(node, provinces);
        return node.problems().size() > before ? null : List.copyOf(provinces);
    }

    private static void unique(Map<String, String> seen, String name, PolicyNode node) {
        String first = seen.putIfAbsent(name, node.path());
        if (first != null) {
            node.problem("“" + name + "”已在 " + first + " 给出；每个名称只能指一个地区",
                    "\"" + name + "\" is already given at " + first + "; each name must name one region");
        }
    }

    // A region is found by the start of the text: a short name that begins another's would take its customers.
    private static void ambiguousShortNames(PolicyNode node, List<Policy.Province> provinces) {
        for (Policy.Province a : provinces) {
            for (Policy.Province b : provinces) {
                if (a != b && b.shortName().startsWith(a.shortName())) {
                    node.problem("简称“" + a.shortName() + "”（" + a.name() + "）是“" + b.shortName() + "”（" + b.name()
                                    + "）的开头：一个地区不能被另一个地区的名称匹配到",
                            "the short name \"" + a.shortName() + "\" (" + a.name() + ") is the start of \""
                            + b.shortName() + "\" (" + b.name() + "): a region must not be found by another's name");
                }
            }
        }
    }

    private static Policy.Demand demand(PolicyNode node) {
        if (!node.isMappingOf(List.of("minGaps", "minOpenNeeds", "gapAreas"))) {
            return null;
        }
        int before = node.problems().size();
        Integer minGaps = node.get("minGaps").wholeNumber(Unit.GAPS, 1);
        int gaps = Policy.Demand.GAP_CODES.size();
        if (minGaps != null && minGaps > gaps) {
            Label codes = PolicyNode.listed(Policy.Demand.GAP_CODES);
            node.get("minGaps").problem("不能大于 " + gaps + "（共有 " + gaps + " 个缺口：" + codes.zh() + "）",
                    "must be at most " + gaps + " (there are " + gaps + " gaps: " + codes.en() + ")", PolicyNode.number(minGaps));
        }
        Integer minOpenNeeds = node.get("minOpenNeeds").wholeNumber(Unit.NEEDS, 1);
        Map<String, String> areas = gapAreas(node.get("gapAreas"));
        return node.problems().size() > before || anyNull(minGaps, minOpenNeeds, areas) ? null
                : new Policy.Demand(minGaps, minOpenNeeds, areas);
    }

    private static Map<String, String> gapAreas(PolicyNode node) {
        if (!node.isMappingOf(Policy.Demand.GAP_CODES)) {
            return null;
        }
        List<String> areas = Arrays.stream(PlanningArea.values()).map(Enum::name).toList();
        Map<String, String> map = new LinkedHashMap<>();
        for (String gap : Policy.Demand.GAP_CODES) {
            PolicyNode area = node.get(gap);
            if (area.isAbsent()) {
                Label listed = PolicyNode.listed(areas);
                area.missing("应为覆盖此缺口需求的规划领域，以下之一：" + listed.zh(),
                        "expected the planning area whose needs cover this gap, one of " + listed.en());
                continue;
            }
            String text = area.text();
            if (text != null && !areas.contains(text)) {
                PolicyValues.notOneOf(area, text, Label.of("规划领域", "a planning area"), areas);
            } else if (text != null) {
                map.put(gap, text);
            }
        }
        return map.size() == Policy.Demand.GAP_CODES.size() ? map : null;
    }

    private static Policy.Clv clv(PolicyNode node) {
        if (!node.isMappingOf(List.of("horizonYears", "yearlyDiscountRate", "retention", "highShare", "mediumShare"))) {
            return null;
        }
        int before = node.problems().size();
        Integer horizon = node.get("horizonYears").wholeNumber(Unit.YEARS, 1);
        BigDecimal discount = rate(node.get("yearlyDiscountRate"));
        Map<String, BigDecimal> retention = retention(node.get("retention"));
        BigDecimal high = share(node.get("highShare"), false);
        BigDecimal medium = share(node.get("mediumShare"), true);
        if (high != null && medium != null && medium.compareTo(high) <= 0) {
            node.get("mediumShare").mustBeGreaterThan("highShare", PolicyNode.number(high), PolicyNode.number(medium));
        }
        return node.problems().size() > before || anyNull(horizon, discount, retention, high, medium) ? null
                : new Policy.Clv(horizon, discount, retention, high, medium);
    }

    private static Map<String, BigDecimal> retention(PolicyNode node) {
        if (!node.isMappingOf(LOYALTY_CODES)) {
            return null;
        }
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (String loyalty : LOYALTY_CODES) {
            PolicyNode rate = node.get(loyalty);
            if (rate.isAbsent()) {
                rate.missing("应为 " + loyalty + " 客户的年留存率（0.95 表示 95%）",
                        "expected the yearly retention rate of " + loyalty + " customers (0.95 means 95 %)");
                continue;
            }
            BigDecimal value = rate(rate);
            if (value != null) {
                map.put(loyalty, value);
            }
        }
        return map.size() == LOYALTY_CODES.size() ? map : null;
    }
}

package io.clientlens.batch.policy;

import io.clientlens.batch.policy.PolicyNode.Unit;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.service.RequestQueue;
import io.clientlens.service.ServicePolicy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.clientlens.batch.policy.PolicyValues.anyNull;
import static io.clientlens.batch.policy.PolicyValues.atLeastZero;
import static io.clientlens.batch.policy.PolicyValues.rate;
import static io.clientlens.batch.policy.PolicyValues.share;
import static io.clientlens.batch.policy.PolicyValues.texts;

/**
 * Reads the {@code service:} section of the policy (docs/POLICY.md, docs/SERVICE.md): contact plan months by
 * service class, how far ahead each reminder looks, dispatch of service requests by class and the revenue rate
 * of campaigns. Checked like the rest of the policy: every problem with its key path, nothing half-read. A policy
 * file without a {@code service:} section uses the shipped section.
 */
public final class ServicePolicyYaml {
    static final List<String> KEYS = List.of("contactPlan", "reminders", "dispatch", "campaigns");
    static final List<String> CLASSES = Dimension.SERVICE_CLASS.valueCodes();
    private static final List<String> REMINDER_KEYS = List.of("birthdayDaysAhead", "lifeEventDaysAhead", "childAges", "customerAges",
            "retirementAge", "maturityDaysAhead", "maturingProductTypes", "largeMovement", "approvalOutcomeDays", "needsReviewDays",
            "amlReviewDaysAhead");
    private static final List<String> MOVEMENT_KEYS = List.of("windowDays", "minAmount", "minShareOfAum", "aumTiers", "highEndTargets");

    private ServicePolicyYaml() {
    }

    /** The shipped service section (policy v1). */
    public static ServicePolicy defaults() {
        return Shipped.SERVICE;
    }

    /** The service section of a policy file, or the shipped one when the file has none. */
    public static ServicePolicy load(Path file) {
        return parse(PolicyYaml.text(file), file.toString());
    }

    public static ServicePolicy parse(String yaml, String sourceName) {
        List<PolicyInvalid.Problem> problems = new ArrayList<>();
        PolicyNode node = PolicyNode.root(PolicyYaml.document(yaml, sourceName), problems).get("service");
        if (node.isAbsent()) {
            return defaults();
        }
        ServicePolicy policy = section(node);
        if (!problems.isEmpty()) {
            throw new PolicyInvalid(sourceName, problems);
        }
        return policy;
    }

    /** The section under {@code node}; problems are recorded on the node, null when there are any. */
    static ServicePolicy section(PolicyNode node) {
        if (!node.isMappingOf(KEYS)) {
            return null;
        }
        int before = node.problems().size();
        ServicePolicy.ContactPlan contactPlan = contactPlan(node.get("contactPlan"));
        ServicePolicy.Reminders reminders = reminders(node.get("reminders"));
        ServicePolicy.Dispatch dispatch = dispatch(node.get("dispatch"));
        ServicePolicy.Campaigns campaigns = campaigns(node.get("campaigns"));
        if (node.problems().size() > before || anyNull(contactPlan, reminders, dispatch, campaigns)) {
            return null;
        }
        return new ServicePolicy(contactPlan, reminders, dispatch, campaigns);
    }

    private static ServicePolicy.ContactPlan contactPlan(PolicyNode node) {
        if (!node.isMappingOf(CLASSES)) {
            return null;
        }
        Map<String, Integer> months = new LinkedHashMap<>();
        for (String cls : CLASSES) {
            Integer m = node.get(cls).wholeNumber(Unit.MONTHS, 1);
            if (m != null) {
                months.put(cls, m);
            }
        }
        return months.size() == CLASSES.size() ? new ServicePolicy.ContactPlan(months) : null;
    }

    private static ServicePolicy.Reminders reminders(PolicyNode node) {
        if (!node.isMappingOf(REMINDER_KEYS)) {
            return null;
        }
        Integer birthday = node.get("birthdayDaysAhead").wholeNumber(Unit.DAYS, 0);
        Integer lifeEvent = node.get("lifeEventDaysAhead").wholeNumber(Unit.DAYS, 0);
        List<Integer> childAges = ages(node.get("childAges"));
        List<Integer> customerAges = ages(node.get("customerAges"));
        Map<String, Integer> retirement = retirementAges(node.get("retirementAge"));
        Integer maturity = node.get("maturityDaysAhead").wholeNumber(Unit.DAYS, 0);
        Set<String> maturing = texts(node.get("maturingProductTypes"), true);
        ServicePolicy.LargeMovement movement = largeMovement(node.get("largeMovement"));
        Integer approvals = node.get("approvalOutcomeDays").wholeNumber(Unit.DAYS, 0);
        Integer needs = node.get("needsReviewDays").wholeNumber(Unit.DAYS, 1);
        Integer aml = node.get("amlReviewDaysAhead").wholeNumber(Unit.DAYS, 0);
        return anyNull(birthday, lifeEvent, childAges, customerAges, retirement, maturity, maturing, movement, approvals, needs, aml)
                ? null : new ServicePolicy.Reminders(birthday, lifeEvent, childAges, customerAges, retirement, maturity, maturing,
                movement, approvals, needs, aml);
    }

    private static List<Integer> ages(PolicyNode node) {
        List<PolicyNode> items = node.list();
        if (items == null) {
            return null;
        }
        List<Integer> ages = new ArrayList<>();
        for (PolicyNode item : items) {
            Integer age = item.wholeNumber(Unit.YEARS, 1);
            if (age == null) {
                return null;
            }
            ages.add(age);
        }
        return ages;
    }

    private static Map<String, Integer> retirementAges(PolicyNode node) {
        if (!node.isMappingOf(List.of("M", "F"))) {
            return null;
        }
        Integer male = node.get("M").wholeNumber(Unit.YEARS, 1);
        Integer female = node.get("F").wholeNumber(Unit.YEARS, 1);
        return male == null || female == null ? null : Map.of("M", male, "F", female);
    }

    private static ServicePolicy.LargeMovement largeMovement(PolicyNode node) {
        if (!node.isMappingOf(MOVEMENT_KEYS)) {
            return null;
        }
        Integer window = node.get("windowDays").wholeNumber(Unit.DAYS, 1);
        BigDecimal min = atLeastZero(node.get("minAmount"));
        BigDecimal share = share(node.get("minShareOfAum"), true);
        Set<String> tiers = texts(node.get("aumTiers"), false);
        if (tiers != null) {
            List<PolicyNode> items = node.get("aumTiers").list();
            for (PolicyNode item : items) {
                PolicyValues.code(item, Dimension.AUM_TIER);
            }
        }
        Boolean highEnd = PolicyValues.yesOrNo(node.get("highEndTargets"));
        return anyNull(window, min, share, tiers, highEnd) ? null : new ServicePolicy.LargeMovement(window, min, share, tiers, highEnd);
    }

    private static ServicePolicy.Dispatch dispatch(PolicyNode node) {
        List<String> keys = new ArrayList<>(CLASSES);
        keys.add("unclassified");
        if (!node.isMappingOf(keys)) {
            return null;
        }
        int before = node.problems().size();
        Map<String, ServicePolicy.Route> routes = new LinkedHashMap<>();
        for (String cls : CLASSES) {
            PolicyNode route = node.get(cls);
            if (!route.isMappingOf(List.of("queue", "responseHours"))) {
                continue;
            }
            String queueText = route.get("queue").text();
            RequestQueue queue = queueText == null ? null : RequestQueue.parse(queueText).orElse(null);
            if (queueText != null && queue == null) {
                PolicyValues.notOneOf(route.get("queue"), queueText, Label.of("队列", "a queue"),
                        Arrays.stream(RequestQueue.values()).map(Enum::name).toList());
            }
            Integer hours = route.get("responseHours").wholeNumber(Unit.HOURS, 1);
            if (queue != null && hours != null) {
                routes.put(cls, new ServicePolicy.Route(queue, hours));
            }
        }
        String unclassified = PolicyValues.code(node.get("unclassified"), Dimension.SERVICE_CLASS);
        return node.problems().size() > before || unclassified == null ? null : new ServicePolicy.Dispatch(routes, unclassified);
    }

    private static ServicePolicy.Campaigns campaigns(PolicyNode node) {
        if (!node.isMappingOf(List.of("revenueRate"))) {
            return null;
        }
        BigDecimal revenueRate = rate(node.get("revenueRate"));
        return revenueRate == null ? null : new ServicePolicy.Campaigns(revenueRate);
    }

    private static final class Shipped {
        static final ServicePolicy SERVICE = parse(PolicyYaml.defaultText(), "classpath:" + PolicyYaml.DEFAULT_RESOURCE);
    }
}

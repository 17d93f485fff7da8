package io.clientlens.batch.profile;

import io.clientlens.code.ControlCharacters;
import io.clientlens.customer.FactGroup;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules on the profile document that the record types cannot say: a customer id is required,
 * no number is negative (every number in the document is an amount, a count or a share), no text
 * holds a NUL (the database cannot store it), and {@code sources} is keyed by fact group.
 */
final class DocumentChecks {
    static final List<String> SOURCE_KEYS = Arrays.stream(FactGroup.values()).map(FactGroup::key).toList();
    private static final Set<String> SOURCE_KEY_SET = Set.copyOf(SOURCE_KEYS);

    /** The longest customer id the database keeps (customer.customer_id); checked here so the import says so. */
    static final int CUSTOMER_ID_MAX_LENGTH = 64;

    private DocumentChecks() {
    }

    static List<ProfileProblem> problems(JsonNode document) {
        if (document == null || document.isMissingNode() || !document.isObject()) {
            return List.of(new ProfileProblem("", "应为一个 JSON 对象（一位客户）",
                    "expected a JSON object (one customer)"));
        }
        List<ProfileProblem> problems = new ArrayList<>();
        customerIdRequired(document).ifPresent(problems::add);
        wrongValues(document, "", problems);
        unknownSourceGroups(document, problems);
        ownerSharesAtMostOne(document, problems);
        return problems;
    }

    static boolean customerIdMissing(List<ProfileProblem> problems) {
        return problems.stream().anyMatch(p -> p.path().equals("customerId") || p.path().isEmpty());
    }

    private static Optional<ProfileProblem> customerIdRequired(JsonNode document) {
        JsonNode id = document.get("customerId");
        if (id == null || id.isNull() || (id.isString() && id.asString().isBlank())) {
            return Optional.of(new ProfileProblem("customerId", "客户号必填", "required"));
        }
        if (id.isString() && id.asString().length() > CUSTOMER_ID_MAX_LENGTH) {
            return Optional.of(new ProfileProblem("customerId", "客户号最多 64 个字符", "at most 64 characters"));
        }
        return Optional.empty();
    }

    /**
     * Walks the whole document for negative numbers and text with a NUL. The JSON path of a node is built only when
     * that node is wrong: building it for every field cost more than the rest of this check on a typical profile.
     */
    private static void wrongValues(JsonNode node, String path, List<ProfileProblem> problems) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (value.isContainer() || isWrong(value)) {
                    wrongValues(value, path.isEmpty() ? field.getKey() : path + "." + field.getKey(), problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode value = node.get(i);
                if (value.isContainer() || isWrong(value)) {
                    wrongValues(value, path + "[" + i + "]", problems);
                }
            }
        } else if (isNegative(node)) {
            problems.add(new ProfileProblem(path, "不能为负数：" + node.decimalValue().toPlainString(),
                    "must not be negative: " + node.decimalValue().toPlainString()));
        } else if (holdsNul(node)) {
            problems.add(new ProfileProblem(path, ControlCharacters.REFUSED.zh(), ControlCharacters.REFUSED.en()));
        }
    }

    private static boolean isWrong(JsonNode node) {
        return isNegative(node) || holdsNul(node);
    }

    private static boolean holdsNul(JsonNode node) {
        return node.isString() && ControlCharacters.holdsNul(node.asString());
    }

    private static boolean isNegative(JsonNode node) {
        if (!node.isNumber()) {
            return false;
        }
        // int and long nodes answer without making a BigDecimal
        return node.canConvertToLong() && node.isIntegralNumber() ? node.longValue() < 0 : node.decimalValue().signum() < 0;
    }

    /** A beneficial owner's share is a fraction: 0.25 for 25 %, never more than the whole. */
    private static void ownerSharesAtMostOne(JsonNode document, List<ProfileProblem> problems) {
        JsonNode owners = document.path("corporate").path("beneficialOwners");
        for (int i = 0; owners.isArray() && i < owners.size(); i++) {
            JsonNode share = owners.get(i).path("share");
            if (share.isNumber() && share.decimalValue().compareTo(java.math.BigDecimal.ONE) > 0) {
                String value = share.decimalValue().toPlainString();
                problems.add(new ProfileProblem("corporate.beneficialOwners[" + i + "].share",
                        "持股或控制比例应在 0 至 1 之间（0.25 表示 25%）：" + value,
                        "expected a fraction from 0 to 1 (0.25 means 25 %): " + value));
            }
        }
    }

    private static void unknownSourceGroups(JsonNode document, List<ProfileProblem> problems) {
        JsonNode sources = document.get("sources");
        if (sources == null || !sources.isObject()) {
            return; // a wrong type is reported by the binder
        }
        for (String group : sources.propertyNames()) {
            if (!SOURCE_KEY_SET.contains(group)) {
                problems.add(new ProfileProblem("sources." + group,
                        "未知的信息组；应为以下之一：" + String.join(", ", SOURCE_KEYS),
                        "unknown fact group; expected one of " + SOURCE_KEYS.stream().collect(Collectors.joining(", "))));
            }
        }
    }
}

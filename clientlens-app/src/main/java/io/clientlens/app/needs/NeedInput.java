package io.clientlens.app.needs;

import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.TypedAmount;
import io.clientlens.needs.NeedKind;
import io.clientlens.needs.NeedRules;
import io.clientlens.needs.NeedStatus;
import io.clientlens.needs.NewNeed;
import io.clientlens.needs.PlanningArea;
import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads register input from the REST API and the CLI alike: a new need from named text values,
 * the acting user and role, a target status. Every wrong field is named at once
 * ({@link InvalidRequest}); nothing is written before the input is whole.
 */
public final class NeedInput {
    private NeedInput() {
    }

    /**
     * The acting person: the signed-in user on the server, or the CLI's {@code --user}/{@code --role}
     * named by the machine's operator.
     */
    public static Actor actor(String user, String role, String userField, String roleField) {
        List<FieldProblem> p = new ArrayList<>();
        if (user == null || user.isBlank()) {
            p.add(new FieldProblem(userField, "必须提供操作人", "required: who is acting"));
        }
        var parsed = Role.parse(role).filter(NeedRules.ROLES::contains);
        if (parsed.isEmpty()) {
            String expected = NeedRules.ROLES.toString();
            p.add(new FieldProblem(roleField, (role == null ? "必须提供角色" : "未知角色“" + role + "”") + "，可选：" + expected,
                    (role == null ? "required" : "unknown role '" + role + "'") + "; expected one of " + expected));
        }
        if (!p.isEmpty()) {
            throw new InvalidRequest(p);
        }
        return new Actor(user.strip(), parsed.get());
    }

    public static NewNeed newNeed(Map<String, ?> body) {
        List<FieldProblem> p = new ArrayList<>();
        List<String> known = List.of("title", "area", "expectation", "voice", "nature", "source", "sourceRef", "importance",
                "urgency", "cost", "leadsToProposal");
        body.keySet().stream().filter(k -> !known.contains(k)).forEach(k ->
                p.add(new FieldProblem(k, "未知字段", "unknown field; expected one of " + known)));
        NewNeed n = new NewNeed(text(body.get("title")),
                enumOf(PlanningArea.class, body, "area", p),
                enumOf(NeedKind.Expectation.class, body, "expectation", p),
                enumOf(NeedKind.Voice.class, body, "voice", p),
                enumOf(NeedKind.Nature.class, body, "nature", p),
                enumOf(NeedKind.Source.class, body, "source", p),
                text(body.get("sourceRef")),
                whole(body, "importance", p), whole(body, "urgency", p), amount(body, "cost", p),
                Boolean.parseBoolean(String.valueOf(body.get("leadsToProposal"))));
        // a field that could not be read is already named; don't name it twice as "required"
        n.problems().stream().filter(x -> p.stream().noneMatch(y -> y.field().equals(x.field()))).forEach(p::add);
        if (!p.isEmpty()) {
            throw new InvalidRequest(p);
        }
        return n;
    }

    public static NeedStatus status(String text, String field) {
        try {
            return NeedStatus.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String expected = Arrays.toString(NeedStatus.values());
            throw new InvalidRequest(List.of(new FieldProblem(field, "未知状态“" + text + "”，可选：" + expected,
                    "unknown status '" + text + "'; expected one of " + expected)));
        }
    }

    private static String text(Object v) {
        return v == null ? null : String.valueOf(v);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Map<String, ?> body, String field, List<FieldProblem> p) {
        Object v = body.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, String.valueOf(v).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String expected = Arrays.toString(type.getEnumConstants());
            p.add(new FieldProblem(field, "“" + v + "”不是可选值：" + expected, "'" + v + "' is not one of " + expected));
            return null;
        }
    }

    private static Integer whole(Map<String, ?> body, String field, List<FieldProblem> p) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(v).trim()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            p.add(new FieldProblem(field, "应为 1 到 5 的整数，实为“" + v + "”", "must be a whole number from 1 to 5, was '" + v + "'"));
            return null;
        }
    }

    private static BigDecimal amount(Map<String, ?> body, String field, List<FieldProblem> p) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) { // a JSON number as sent; a negative one is refused by the register's own check
            return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        }
        TypedAmount.Result typed = TypedAmount.parse(String.valueOf(v)); // "50,000", "5万" as a person types it
        if (typed instanceof TypedAmount.Result.Read read) {
            return read.amount();
        }
        p.add(((TypedAmount.Result.Refused) typed).problem(field));
        return null;
    }
}

package io.clientlens.needs;

import io.clientlens.customer.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A need as the RM records it; {@link #problems()} names every field that is wrong, before anything is written. */
public record NewNeed(String title, PlanningArea area, NeedKind.Expectation expectation, NeedKind.Voice voice,
                      NeedKind.Nature nature, NeedKind.Source source, String sourceRef, Integer importance,
                      Integer urgency, BigDecimal cost, boolean leadsToProposal) {

    public static final int MAX_TITLE = 200;

    public List<FieldProblem> problems() {
        List<FieldProblem> p = new ArrayList<>();
        if (title == null || title.isBlank()) {
            p.add(new FieldProblem("title", "需求描述不能为空", "must not be blank"));
        } else if (title.length() > MAX_TITLE) {
            p.add(new FieldProblem("title", "需求描述不能超过 " + MAX_TITLE + " 字", "must be at most " + MAX_TITLE + " characters"));
        }
        required(p, "expectation", expectation, "BASIC, EXPECTED, LATENT");
        required(p, "voice", voice, "STATED, UNSTATED");
        required(p, "nature", nature, "EXPLICIT, IMPLICIT, STATUTORY, ADDED");
        required(p, "source", source, "DIAGNOSIS, INTERVIEW, QUESTIONNAIRE, PHONE, DATA_MINING, CUSTOMER_REQUEST");
        scale(p, "importance", importance);
        scale(p, "urgency", urgency);
        if (cost != null && cost.signum() < 0) {
            p.add(new FieldProblem("cost", "成本不能为负数", "must not be negative"));
        }
        return p;
    }

    private static void required(List<FieldProblem> p, String field, Object value, String expected) {
        if (value == null) {
            p.add(new FieldProblem(field, "必填，可选：" + expected, "required; expected one of " + expected));
        }
    }

    private static void scale(List<FieldProblem> p, String field, Integer value) {
        if (value == null || value < 1 || value > 5) {
            p.add(new FieldProblem(field, "应为 1（低）到 5（高）的整数", "must be a whole number from 1 (low) to 5 (high)"));
        }
    }
}

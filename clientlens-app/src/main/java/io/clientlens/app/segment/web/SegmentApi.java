package io.clientlens.app.segment.web;

import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.InvalidSegmentRules;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Custom segment rules for the server: list, create or replace (compiled and type-checked), delete. */
@RestController
@RequestMapping("/api/v1/segments")
class SegmentApi {
    /** {@code priority} as sent, so that 1.5 or "high" is refused instead of being cut to a whole number. */
    record SegmentBody(Map<String, String> label, Object priority, String expression) {
    }

    static final int DEFAULT_PRIORITY = 100;

    /** A whole number in the range of an int, or null when none was sent; anything else names the field. */
    static Integer priority(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Number n) {
            try {
                return new java.math.BigDecimal(n.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException notWhole) {
                // reported below
            }
        }
        throw new InvalidRequest(List.of(new FieldProblem("priority",
                "优先级应为整数（" + Integer.MIN_VALUE + " 到 " + Integer.MAX_VALUE + "），实为 " + value,
                "the priority must be a whole number (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + "), found " + value)));
    }

    record SegmentView(String name, Map<String, String> label, int priority, String expression) {
        static SegmentView of(SegmentRule r) {
            return new SegmentView(r.name(), Map.of("zh", r.label().zh(), "en", r.label().en()), r.priority(), r.expression());
        }
    }

    private final SegmentRuleStore store;

    SegmentApi(SegmentRuleStore store) {
        this.store = store;
    }

    @GetMapping
    List<SegmentView> list() {
        return store.visible().stream().map(SegmentView::of).toList();
    }

    @PutMapping("/{name}")
    ResponseEntity<SegmentView> put(@PathVariable String name, @RequestBody SegmentBody body) {
        Integer priority = priority(body.priority());
        SegmentRule rule;
        try {
            String zh = body.label() == null ? null : body.label().get("zh");
            String en = body.label() == null ? null : body.label().get("en");
            rule = new SegmentRule(name, zh == null || en == null ? null : Label.of(zh, en),
                    priority == null ? DEFAULT_PRIORITY : priority, body.expression(), 0);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(List.of(new FieldProblem("segment",
                    "分群定义有误：" + (e instanceof InputRejected r ? r.reason().zh() : e.getMessage()), e.getMessage())));
        }
        InvalidSegmentRules.Problem problem = CompiledSegments.check(rule);
        if (problem != null) {
            throw new InvalidRequest(List.of(new FieldProblem("expression",
                    "表达式第 " + problem.column() + " 列：" + problem.text().zh(), "column " + problem.column() + ": " + problem.message())));
        }
        boolean created = store.save(rule);
        return created ? ResponseEntity.status(201).body(SegmentView.of(rule)) : ResponseEntity.ok(SegmentView.of(rule));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        if (!store.delete(name)) {
            throw new NotFound("segment", name);
        }
        return ResponseEntity.noContent().build();
    }
}

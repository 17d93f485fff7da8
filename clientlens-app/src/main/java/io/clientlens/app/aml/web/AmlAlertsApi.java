package io.clientlens.app.aml.web;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.aml.AlertQueries;
import io.clientlens.app.aml.AlertQuery;
import io.clientlens.app.aml.StoredAlert;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.customer.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The alerts of transaction monitoring over REST (docs/AML.md, docs/API.md), for compliance only: RMs, sales staff and
 * supervisors never see alerts (no tipping-off; the role list is in security.SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/v1/aml/alerts")
class AmlAlertsApi {
    private final AlertQueries alerts;

    AmlAlertsApi(AlertQueries alerts) {
        this.alerts = alerts;
    }

    /** One alert as the API shows it: the fields of alerts.jsonl, the rule's label and the run that raised it. */
    record AlertView(long alertId, long runId, Instant raisedAt, String customerId, String rule, Map<String, String> ruleLabel,
                     LocalDate from, LocalDate to, BigDecimal amount, int score, List<String> accounts,
                     List<String> transactions, Map<String, String> reason) {
        static AlertView of(StoredAlert stored) {
            Alert a = stored.alert();
            return new AlertView(stored.alertId(), stored.runId(), stored.raisedAt(), a.customerId(), a.rule().name(),
                    Map.of("zh", a.rule().label().zh(), "en", a.rule().label().en()), a.from(), a.to(), a.amount(), a.score(),
                    a.accounts(), a.transactions(), Map.of("zh", a.zh(), "en", a.en()));
        }
    }

    @GetMapping
    @Operation(summary = "Alerts raised by transaction monitoring, ordered by customer, rule and period (compliance only)")
    List<AlertView> list(@RequestParam(required = false) String customer, @RequestParam(required = false) String rule,
                         @RequestParam(defaultValue = "100") int limit) {
        AlertRule only = rule == null ? null : Arrays.stream(AlertRule.values()).filter(r -> r.name().equals(rule.strip()))
                .findFirst().orElseThrow(() -> new InvalidRequest(List.of(new FieldProblem("rule",
                        "应为以下之一：" + Arrays.toString(AlertRule.values()) + "，实为“" + rule + "”",
                        "expected one of " + Arrays.toString(AlertRule.values()) + ", was '" + rule + "'"))));
        if (limit < 1 || limit > AlertQueries.MAX_LIST) {
            throw new InvalidRequest(List.of(new FieldProblem("limit", "应在 1 至 " + AlertQueries.MAX_LIST + " 之间",
                    "expected 1 to " + AlertQueries.MAX_LIST + ", was " + limit)));
        }
        return alerts.list(new AlertQuery(customer, only), limit).stream().map(AlertView::of).toList();
    }
}

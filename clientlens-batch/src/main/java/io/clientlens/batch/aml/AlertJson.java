package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alert as one line of JSON (docs/AML.md): {@code customerId}, {@code rule}, {@code from}, {@code to} (ISO dates;
 * one day for LARGE_CASH), {@code amount}, {@code score}, {@code accounts}, {@code transactions} and the
 * {@code reason} in zh and en. The file batch's alerts.jsonl and {@code aml alerts --format jsonl} write the same.
 */
public final class AlertJson {
    private AlertJson() {
    }

    public static String line(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customerId", a.customerId());
        m.put("rule", a.rule().name());
        m.put("from", a.from().toString());
        m.put("to", a.to().toString());
        m.put("amount", a.amount().setScale(2, java.math.RoundingMode.HALF_UP));
        m.put("score", a.score());
        m.put("accounts", a.accounts());
        m.put("transactions", a.transactions());
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("zh", a.zh());
        reason.put("en", a.en());
        m.put("reason", reason);
        return io.clientlens.batch.json.Json.write(m);
    }

    @SuppressWarnings("unchecked")
    public static Alert parse(String line) {
        Map<String, Object> m = io.clientlens.batch.json.Json.read(line);
        Map<String, Object> reason = (Map<String, Object>) m.get("reason");
        return new Alert(AlertRule.valueOf((String) m.get("rule")), (String) m.get("customerId"),
                LocalDate.parse((String) m.get("from")), LocalDate.parse((String) m.get("to")),
                new BigDecimal(m.get("amount").toString()), ((Number) m.get("score")).intValue(),
                (List<String>) m.get("accounts"), (List<String>) m.get("transactions"),
                (String) reason.get("zh"), (String) reason.get("en"));
    }
}

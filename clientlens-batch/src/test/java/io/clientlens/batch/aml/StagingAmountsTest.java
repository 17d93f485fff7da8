package io.clientlens.batch.aml;

import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DuckDB staging reads a profile amount (income, registered capital, kept as text) by a fast path for plain whole
 * numbers; whatever the text, the value is the one the exact cast to decimal(38, 10) gives.
 */
class StagingAmountsTest {
    private static final List<String> TEXTS = List.of("0", "127000", "007", "999999999999999999", "1000000000000000000",
            "12345678901234567890", "1.5", "0.1234567891", "-5", "1E+6", "2.5E+3", "1961000.00", "99800000.0000000000");

    @Test
    void everyFormOfAnAmountIsReadAsTheExactCastReadsIt() throws Exception {
        Map<String, String> parameters = new HashMap<>(MonitoringSql.parameters(LocalDate.of(2026, 5, 20), PolicyYaml.defaults()));
        parameters.put("postings", "cast([] as varchar[])");
        parameters.put("profiles", "profiles");
        String macro = MonitoringSql.statements(MonitoringSql.duckDbStaging(), parameters).stream()
                .filter(s -> s.contains("macro aml_amount")).findFirst().orElseThrow();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute(macro);
            s.execute("create table texts (t varchar)");
            for (String text : TEXTS) {
                s.execute("insert into texts values ('" + text + "')");
            }
            s.execute("insert into texts values (null)");
            try (ResultSet rs = s.executeQuery("select t, aml_amount(t), cast(t as decimal(38, 10)) from texts")) {
                int rows = 0;
                while (rs.next()) {
                    BigDecimal fast = rs.getBigDecimal(2);
                    BigDecimal exact = rs.getBigDecimal(3);
                    assertThat(fast).as(rs.getString(1)).isEqualTo(exact);
                    rows++;
                }
                assertThat(rows).isEqualTo(TEXTS.size() + 1);
            }
            try (ResultSet rs = s.executeQuery("select aml_amount('127000'), aml_amount('1.5')")) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isEqualTo(new BigDecimal("127000.0000000000"));
                assertThat(rs.getBigDecimal(2)).isEqualTo(new BigDecimal("1.5000000000"));
            }
        }
    }
}

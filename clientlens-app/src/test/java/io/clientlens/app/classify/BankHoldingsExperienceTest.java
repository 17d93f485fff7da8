package io.clientlens.app.classify;

import io.clientlens.app.customer.Customers;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.export.StoredClassification;
import io.clientlens.classify.InvestmentHoldings;
import io.clientlens.code.Dimension;
import io.clientlens.policy.Policy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database path counts the holdings at the bank as investment experience: a bank wealth
 * product held since 2023 makes an experienced investor although the KYC profile declares none.
 */
class BankHoldingsExperienceTest extends PostgresTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    Policy policy;

    @BeforeEach
    void customersWithHoldings() {
        for (String id : List.of("C1", "C2")) {
            customers.save(ProfileDocuments.fromJson("""
                    {"customerId": "%s", "type": "INDIVIDUAL", "name": "王小明", "branch": "BR001",
                     "investmentHistory": {"years": 0, "productTypes": [], "purchases": 0}}
                    """.formatted(id)));
            jdbc.update("insert into account (account_id, opened) values (?, date '2022-01-10')", "A" + id);
            jdbc.update("insert into account_link (link_id, customer_id, account_id, role) values (?, ?, ?, 'OWNER')",
                    "L" + id, id, "A" + id);
        }
        holding("H1", "C1", "WEALTH", "2023-06-01", null);
        // C2: WEALTH 2025-01-01…2025-10-01 and FUND 2025-07-01…(held) overlap for 92 days; a FUND inside both
        // adds a purchase but no day; insurance and a bond bought after as-of do not count.
        holding("H2", "C2", "WEALTH", "2025-01-01", "2025-10-01");
        holding("H3", "C2", "FUND", "2025-07-01", null);
        holding("H4", "C2", "FUND", "2025-08-01", "2025-09-01");
        holding("H5", "C2", "INSURANCE", "2015-01-01", null);
        holding("H6", "C2", "BOND", "2026-10-01", null);
    }

    void holding(String id, String customer, String type, String opened, String closed) {
        jdbc.update("insert into holding (holding_id, customer_id, product_type, amount, opened, closed) "
                + "values (?, ?, ?, 100000, cast(? as date), cast(? as date))", id, customer, type, opened, closed);
    }

    @Test
    void aWealthProductHeldSince2023IsExperienceAndTheReasonNamesTheBankHolding() {
        long run = runs.run(AS_OF, Progress.NONE).runId();
        StoredClassification doc = customers.classification(run, "C1").orElseThrow();
        // 2023-06-01 to 2026-09-30: 1217 days = 3.3 years
        assertThat(feature(doc, "investmentDaysAtBank")).isEqualTo(1217);
        assertThat(feature(doc, "investmentPurchasesAtBank")).isEqualTo(1);
        StoredClassification.StoredDimension experience = doc.dimension(Dimension.INVESTMENT_EXPERIENCE).orElseThrow();
        assertThat(experience.code()).isEqualTo("EXPERIENCED");
        StoredClassification.StoredReason reason = experience.reasons().get(0);
        assertThat(reason.rule()).isEqualTo("bankHoldings");
        assertThat(reason.zh()).startsWith("本行持仓：非存款类投资产品累计持有 3.3 年、购买 1 笔，达到 ≥ 1 年或 ≥ 2 次");
        assertThat(reason.en()).startsWith("At the bank: non-deposit investments held 3.3 years in total");
    }

    @Test
    void overlappingHoldingsCountTheirDaysOnceAsTheSingleCustomerPathDoes() {
        long run = runs.run(AS_OF, Progress.NONE).runId();
        StoredClassification doc = customers.classification(run, "C2").orElseThrow();
        assertThat(feature(doc, "investmentDaysAtBank")).isEqualTo(637);
        assertThat(feature(doc, "investmentPurchasesAtBank")).isEqualTo(3);
        var rows = jdbc.query("select product_type, opened, closed from holding where customer_id = 'C2'",
                (rs, n) -> new InvestmentHoldings.Held(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)));
        assertThat(InvestmentHoldings.of(rows, AS_OF, policy.investmentExperience()))
                .isEqualTo(new InvestmentHoldings.AtBank(637, 3));
    }

    static Object feature(StoredClassification doc, String name) {
        return doc.feature(name);
    }
}

package io.clientlens.aml.monitor;

import io.clientlens.aml.AmlPolicyFixture;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hand-made transactions for the rule tests: ids T1, T2, … in the order made, on account A1 unless told. */
final class Txns {
    static final AmlPolicy.Monitoring POLICY = AmlPolicyFixture.v1().monitoring();
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private int next = 1;

    TxnRef credit(int dayOffset, long amount) {
        return txn("A1", dayOffset, true, amount);
    }

    TxnRef debit(int dayOffset, long amount) {
        return txn("A1", dayOffset, false, amount);
    }

    TxnRef txn(String account, int dayOffset, boolean credit, long amount) {
        int n = next++;
        return new TxnRef("T" + n, account, DAY.plusDays(dayOffset), n, credit, BigDecimal.valueOf(amount));
    }

    static LocalDate day(int offset) {
        return DAY.plusDays(offset);
    }
}

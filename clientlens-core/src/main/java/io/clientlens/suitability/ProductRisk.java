package io.clientlens.suitability;

import io.clientlens.code.Label;
import io.clientlens.questionnaire.RiskLevel;

/** Product risk ratings R1 (low) to R5 (high), each with the worst case said plainly for the disclosure. */
public enum ProductRisk {
    R1(Label.of("低风险", "Low risk"), Label.of("本金损失的可能性很小，但收益可能低于预期",
            "Losing money is very unlikely, but the return may be lower than expected")),
    R2(Label.of("中低风险", "Medium-low risk"), Label.of("可能出现小额本金损失，收益可能为零",
            "You may lose a small part of the money invested and earn nothing")),
    R3(Label.of("中风险", "Medium risk"), Label.of("可能损失部分本金",
            "You may lose part of the money invested")),
    R4(Label.of("中高风险", "Medium-high risk"), Label.of("可能损失全部本金",
            "You may lose all the money invested")),
    R5(Label.of("高风险", "High risk"), Label.of("可能损失全部本金，且价格可能在短时间内剧烈波动",
            "You may lose all the money invested, and its price may swing sharply within a short time"));

    private final Label label;
    private final Label worstCase;

    ProductRisk(Label label, Label worstCase) {
        this.label = label;
        this.worstCase = worstCase;
    }

    public Label label() {
        return label;
    }

    public Label worstCase() {
        return worstCase;
    }

    public int rank() {
        return ordinal() + 1;
    }

    /** R ≤ C: R1 is covered by C1 and above, R5 only by C5. */
    public boolean coveredBy(RiskLevel level) {
        return rank() <= level.rank();
    }
}

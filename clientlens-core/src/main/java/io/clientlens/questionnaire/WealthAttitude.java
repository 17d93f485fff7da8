package io.clientlens.questionnaire;

import io.clientlens.code.Label;

/** The five wealth attitudes of docs/SUITABILITY.md with their traits and how an RM best approaches each. */
public enum WealthAttitude implements Persona {
    HOARDER(Label.of("储藏者", "Hoarder"),
            Label.of("量入为出，从不借钱，喜欢储蓄，会仔细分析投资", "Spends within means, never borrows, saves, analyses investments"),
            Label.of("用数据和历史业绩说话，强调安全与保值，给出书面分析，不催促决定",
                    "Bring figures and track records, stress safety and preservation, leave a written analysis, never rush")),
    ACCUMULATOR(Label.of("积累者", "Accumulator"),
            Label.of("总担心财富不够，重开源轻节流，会借钱投资", "Worries wealth is not enough, income over thrift, borrows to invest"),
            Label.of("围绕增长目标规划，同时提示杠杆与集中投资的风险，建议分散与应急储备",
                    "Plan around growth goals while pointing out leverage and concentration risk; suggest diversification and a reserve")),
    MONK(Label.of("修道士", "Monk"),
            Label.of("不喜欢谈钱，相信命运，不做规划", "Dislikes money talk, fatalistic, does no planning"),
            Label.of("从家庭责任与人生目标谈起而非收益，方案简单省心，以保障类产品入手",
                    "Start from family duties and life goals rather than returns; keep the plan simple; begin with protection")),
    SPENDER(Label.of("挥霍者", "Spender"),
            Label.of("享受消费，入不敷出，循环使用信用卡，冲动", "Enjoys spending, spends more than earns, revolving credit, impulsive"),
            Label.of("先做收支与负债梳理，建议定投和强制储蓄，谨慎推荐高风险产品",
                    "First sort out cash flow and debt; suggest regular saving plans; be careful with high-risk products")),
    AVOIDER(Label.of("逃避者", "Avoider"),
            Label.of("回避理财事务，不使用信用，只存款", "Avoids money matters, uses no credit, holds deposits only"),
            Label.of("耐心解释基础知识，从低风险、易理解的产品开始，少量多次沟通",
                    "Explain the basics patiently, start with simple low-risk products, talk little and often"));

    private final Label label;
    private final Label traits;
    private final Label approach;

    WealthAttitude(Label label, Label traits, Label approach) {
        this.label = label;
        this.traits = traits;
        this.approach = approach;
    }

    @Override
    public Label label() {
        return label;
    }

    @Override
    public Label traits() {
        return traits;
    }

    @Override
    public Label approach() {
        return approach;
    }
}

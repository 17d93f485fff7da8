package io.clientlens.app.needs;

import io.clientlens.code.Language;

import java.util.LinkedHashMap;
import java.util.Map;

/** The headings and fixed sentences of the needs report, in Chinese and English. */
final class ReportText {
    private static final String[][] TEXTS = {
            {"title", "客户需求分析报告", "Customer needs analysis"},
            {"colon", "：", ": "},
            {"customer", "客户", "Customer"},
            {"asOf", "评估日", "As of"},
            {"policy", "政策版本", "Policy"},
            {"masked", "个人信息已脱敏显示", "Personal data is masked"},
            {"incomeStatement", "表2 年度收支表", "Table 2 — Annual income and expenses"},
            {"income", "收入", "Income"},
            {"expenses", "支出", "Expenses"},
            {"cashflow", "债务偿还与结余", "Debt repayment and surplus"},
            {"balanceSheet", "表3 资产负债表", "Table 3 — Balance sheet"},
            {"assets", "资产", "Assets"},
            {"liabilities", "负债", "Liabilities"},
            {"balance", "资产汇总", "Summary"},
            {"health", "家庭财务指标", "Family financial health"},
            {"ratio", "指标", "Ratio"},
            {"formula", "公式", "Formula"},
            {"value", "数值", "Value"},
            {"range", "健康区间", "Healthy range"},
            {"verdict", "结论", "Verdict"},
            {"advice", "建议", "Advice"},
            {"workings", "计算过程", "Workings"},
            {"lifeCycle", "生命周期与理财需求", "Life cycle and planning needs"},
            {"lifeStage", "家庭生命周期", "Family life stage"},
            {"priorities", "规划重点（按优先次序）", "Planning priorities (in order)"},
            {"preferences", "产品偏好", "Product preference"},
            {"goals", "理财目标", "Goals"},
            {"goalType", "目标", "Goal"},
            {"targetAmount", "目标金额", "Target amount"},
            {"targetDate", "目标日期", "Target date"},
            {"nature", "性质", "Nature"},
            {"maslow", "马斯洛层次", "Maslow level"},
            {"noGoals", "未登记理财目标", "No goals on file"},
            {"insurance", "保险需求诊断", "Insurance needs diagnosis"},
            {"needA", "总需求 A", "Total need A"},
            {"resourcesB", "已有资源 B", "Existing resources B"},
            {"gapC", "保障缺口 C = max(0, A − B)", "Protection gap C = max(0, A − B)"},
            {"item", "项目", "Item"},
            {"amount", "金额（元）", "Amount (CNY)"},
            {"healthGap", "重大疾病保障", "Critical-illness cover"},
            {"retirementGap", "养老规划", "Retirement"},
            {"gapCharts", "缺口图", "Gaps"},
            {"fourAccounts", "四大账户预算", "Four-accounts budget"},
            {"valueEquation", "价值等式：问题的严重性与解决方案的成本", "Value equation: how serious each risk is against what covering it costs"},
            {"risk", "风险", "Risk"},
            {"gap", "缺口", "Gap"},
            {"cost", "年成本", "Annual cost"},
            {"register", "需求登记", "Needs register"},
            {"rank", "优先级", "Rank"},
            {"status", "状态", "Status"},
            {"noNeeds", "尚未登记需求", "No needs recorded"},
            {"footer", "本报告中每个数字均可由客户资料与政策参数按所列公式复算；金额单位为元。",
                    "Every figure in this report can be recomputed from the profile and the policy by the workings shown; amounts in CNY."},
    };

    private ReportText() {
    }

    static Map<String, String> in(Language lang) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] t : TEXTS) {
            m.put(t[0], lang == Language.EN ? t[2] : t[1]);
        }
        return m;
    }
}

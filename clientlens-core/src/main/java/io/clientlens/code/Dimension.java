package io.clientlens.code;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification dimensions and their value codes (docs/USER-GUIDE.md): a public contract used by
 * APIs, exports and the UI. Every value has a Chinese and an English label; every dimension may
 * also be {@link #UNKNOWN}.
 */
public enum Dimension {
    CUSTOMER_TYPE("customerType", Label.of("客户类型", "Customer type"), values(
            "INDIVIDUAL", "个人客户", "Individual",
            "CORPORATE", "企业客户", "Corporate")),
    RESIDENCY("residency", Label.of("国内/国际", "Residency"), values(
            "DOMESTIC", "国内客户", "Domestic",
            "INTERNATIONAL", "国际客户", "International")),
    REGION("region", Label.of("地区", "Region"), Map.of()),
    RELATIONSHIP("relationship", Label.of("客户关系", "Relationship"), values(
            "PROSPECT", "潜在客户", "Prospect",
            "CUSTOMER", "现有客户", "Customer")),
    AUM_TIER("aumTier", Label.of("资产层级", "AUM tier"), values(
            "MASS", "大众客户", "Mass",
            "AFFLUENT", "贵宾客户", "Affluent",
            "PRIVATE", "私人银行客户", "Private banking")),
    HIGH_END_TARGET("highEndTarget", Label.of("中高端营销目标", "High-end target"), values(
            "YES", "是", "Yes",
            "NO", "否", "No")),
    CONTRIBUTION_CLASS("contributionClass", Label.of("利润贡献度", "Profit contribution"), values(
            "A", "A类（贡献前80%）", "A (top 80% of contribution)",
            "B", "B类（贡献80%–95%）", "B (80–95% of contribution)",
            "C", "C类（其余）", "C (the rest)")),
    VALUE_CLASS("valueClass", Label.of("客户价值", "Customer value"), values(
            "CORE", "核心客户", "Core",
            "POTENTIAL", "潜力客户", "Potential",
            "GENERAL", "一般客户", "General")),
    FREQUENCY("frequency", Label.of("购买频率", "Purchase frequency"), values(
            "HIGH", "高频客户", "High frequency",
            "LOW", "低频客户", "Low frequency",
            "ZERO", "零频客户", "Zero frequency")),
    LOYALTY("loyalty", Label.of("忠诚度", "Loyalty"), values(
            "LOYAL", "忠诚客户", "Loyal",
            "GENERAL", "一般客户", "General",
            "CHURNED", "流失客户", "Churned")),
    LIFE_STAGE("lifeStage", Label.of("家庭生命周期", "Family life stage"), values(
            "SINGLE", "单身期", "Single",
            "FORMATION", "家庭形成期", "Family formation",
            "GROWTH", "家庭成长期", "Family growth",
            "MATURITY", "家庭成熟期", "Family maturity",
            "RETIREMENT", "家庭衰老期", "Retirement")),
    INVESTMENT_EXPERIENCE("investmentExperience", Label.of("投资经验", "Investment experience"), values(
            "EXPERIENCED", "有投资经验", "Experienced",
            "INEXPERIENCED", "无投资经验", "Inexperienced")),
    RFM_SEGMENT("rfmSegment", Label.of("RFM行为细分", "RFM segment"), values(
            "CHAMPIONS", "重要价值客户", "Champions",
            "LOYAL", "忠诚活跃客户", "Loyal",
            "POTENTIAL_LOYALIST", "潜在忠诚客户", "Potential loyalist",
            "NEW", "新客户", "New",
            "PROMISING", "有潜力客户", "Promising",
            "NEED_ATTENTION", "需要关注客户", "Need attention",
            "ABOUT_TO_SLEEP", "即将沉睡客户", "About to sleep",
            "AT_RISK", "流失风险客户", "At risk",
            "CANT_LOSE", "不能失去的客户", "Can't lose",
            "HIBERNATING", "沉睡客户", "Hibernating",
            "LOST", "已流失客户", "Lost")),
    SERVICE_CLASS("serviceClass", Label.of("服务等级", "Service class"), values(
            "A", "重要客户", "Key customer",
            "B", "一般客户", "General customer",
            "C", "潜在客户", "Prospective customer")),
    // Assessment results: from the latest valid questionnaire assessment on or before as-of.
    RISK_LEVEL("riskLevel", Label.of("风险承受能力等级", "Risk level"), values(
            "C1", "保守型", "Conservative",
            "C2", "谨慎型", "Cautious",
            "C3", "稳健型", "Balanced",
            "C4", "积极型", "Growth",
            "C5", "激进型", "Aggressive")),
    RISK_ATTITUDE("riskAttitude", Label.of("风险态度", "Risk attitude"), values(
            "AVERSE", "风险厌恶型", "Risk averse",
            "NEUTRAL", "风险中立型", "Risk neutral",
            "SEEKING", "风险偏好型", "Risk seeking")),
    WEALTH_ATTITUDE("wealthAttitude", Label.of("财富观", "Wealth attitude"), values(
            "HOARDER", "储藏者", "Hoarder",
            "ACCUMULATOR", "积累者", "Accumulator",
            "MONK", "修道士", "Monk",
            "SPENDER", "挥霍者", "Spender",
            "AVOIDER", "逃避者", "Avoider")),
    SOCIAL_STYLE("socialStyle", Label.of("客户性格", "Social style"), values(
            "DOMINANT", "支配型", "Dominant",
            "AMIABLE", "友善型", "Amiable",
            "EXPRESSIVE", "情感型", "Expressive",
            "ANALYTICAL", "分析型", "Analytical")),
    // Policy maps and bands over the profile (docs/POLICY.md).
    GEO_ZONE("geoZone", Label.of("南北地区", "North or south"), values(
            "NORTH", "北方", "North",
            "SOUTH", "南方", "South")),
    COAST("coast", Label.of("沿海或内陆", "Coastal or inland"), values(
            "COASTAL", "沿海", "Coastal",
            "INLAND", "内陆", "Inland")),
    URBAN_RURAL("urbanRural", Label.of("城乡", "Urban or rural"), values(
            "URBAN", "城市", "Urban",
            "RURAL", "农村", "Rural")),
    AGE_BAND("ageBand", Label.of("年龄段", "Age band"), values(
            "YOUTH", "青年", "Youth",
            "MIDDLE", "中年", "Middle-aged",
            "SENIOR", "老年", "Senior")),
    INCOME_BAND("incomeBand", Label.of("收入水平", "Income band"), values(
            "HIGH_INCOME", "高收入", "High income",
            "MID_LOW_INCOME", "中低收入", "Middle or low income")),
    DEMAND("demand", Label.of("需求程度", "Demand"), values(
            "HIGH", "高需求", "High demand",
            "LATENT", "潜在需求", "Latent demand",
            "LOW", "低需求", "Low demand")),
    CLV_CLASS("clvClass", Label.of("客户终身价值", "Lifetime value"), values(
            "HIGH", "高价值", "High value",
            "MEDIUM", "中等价值", "Medium value",
            "LOW", "低价值", "Low value")),
    AML_RISK("amlRisk", Label.of("洗钱风险等级", "AML risk"), values(
            "LOW", "低风险", "Low",
            "MEDIUM", "中风险", "Medium",
            "HIGH", "高风险", "High",
            "PROHIBITED", "不予接受", "Prohibited"));

    public static final String UNKNOWN = "UNKNOWN";
    private static final Label UNKNOWN_LABEL = Label.of("未知", "Unknown");

    private final String code;
    private final Label label;
    private final Map<String, Label> values;

    Dimension(String code, Label label, Map<String, Label> values) {
        this.code = code;
        this.label = label;
        this.values = values;
    }

    public String code() {
        return code;
    }

    public Label label() {
        return label;
    }

    /** Value codes in their natural order (best first where there is an order). */
    public List<String> valueCodes() {
        return List.copyOf(values.keySet());
    }

    /** Whether the dimension takes free text (region) rather than a fixed list of codes. */
    public boolean isFreeText() {
        return values.isEmpty();
    }

    public boolean accepts(String valueCode) {
        return UNKNOWN.equals(valueCode) || isFreeText() || values.containsKey(valueCode);
    }

    public Label labelOf(String valueCode) {
        if (UNKNOWN.equals(valueCode)) {
            return UNKNOWN_LABEL;
        }
        if (isFreeText()) {
            return Label.of(valueCode, valueCode);
        }
        Label found = values.get(valueCode);
        if (found == null) {
            throw new IllegalArgumentException("'" + valueCode + "' is not a code of dimension " + code
                    + "; expected one of " + values.keySet());
        }
        return found;
    }

    public static Optional<Dimension> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }

    private static Map<String, Label> values(String... triples) {
        Map<String, Label> map = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            map.put(triples[i], Label.of(triples[i + 1], triples[i + 2]));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

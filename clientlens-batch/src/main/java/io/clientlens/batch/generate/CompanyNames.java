package io.clientlens.batch.generate;

import java.util.List;
import java.util.Map;

/** Company names in the usual pattern: city, trade name, line of business, legal form (深圳市华兴科技有限公司). */
final class CompanyNames {
    private CompanyNames() {
    }

    private static final List<String> TRADE_NAMES = List.of("华兴", "恒信", "中宏", "远航", "金桥", "瑞丰", "鼎盛",
            "博睿", "新元", "天合", "宏达", "永安", "盛世", "东方", "众诚", "华信", "锦程", "嘉禾", "正源", "泰和",
            "汇通", "德润", "长青", "明辉", "云帆");
    private static final Map<String, List<String>> BUSINESS_BY_INDUSTRY = Map.of(
            "IT", List.of("科技", "信息技术", "软件", "网络科技"),
            "MANUFACTURING", List.of("机械设备", "电子", "实业", "精密制造"),
            "TRADE", List.of("贸易", "进出口", "商贸"),
            "RETAIL", List.of("商贸", "百货", "电子商务"),
            "FINANCE", List.of("投资管理", "资产管理", "财务咨询"),
            "MEDIA", List.of("文化传媒", "广告", "设计"),
            "CONSTRUCTION", List.of("建筑工程", "装饰工程", "建材"),
            "TRANSPORT", List.of("物流", "运输", "供应链管理"),
            "HOSPITALITY", List.of("餐饮管理", "酒店管理"),
            "LEGAL", List.of("律师事务所"));
    private static final List<String> GENERAL = List.of("实业", "科技", "贸易");

    static String name(BranchSite site, String industry, Draw draw) {
        String business = draw.pick(BUSINESS_BY_INDUSTRY.getOrDefault(industry, GENERAL));
        String name = site.city() + draw.pick(TRADE_NAMES) + business;
        if (business.endsWith("所")) {
            return name;
        }
        return name + (draw.chance(0.1) ? "股份有限公司" : "有限公司");
    }
}

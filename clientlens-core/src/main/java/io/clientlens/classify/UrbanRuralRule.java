package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;

/**
 * 城市/农村 from the address and the policy's keywords (docs/POLICY.md): after the province-level
 * region at its start (自治区 is not a city district), a city-district keyword makes it URBAN
 * (checked first: 中关村 is a part of Beijing, not a village), otherwise a rural keyword makes it
 * RURAL; with neither, or without an address in China, UNKNOWN. The address is personal data: the
 * result names only the keyword that decided.
 */
final class UrbanRuralRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.URBAN_RURAL;
    }

    @Override
    public DimensionResult apply(Context c) {
        Profile p = c.customer().profile();
        String address = p == null ? null : p.address();
        String region = c.customer().region();
        if (address == null || address.isBlank()) {
            if (region != null && !region.isBlank() && !Provinces.isChinese(region)) {
                return notInChina("region", region.trim());
            }
            return DimensionResult.unknown(dimension(), Context.inputs("address", null),
                    new Reason("addressMissing", "地址未登记", "The address is not recorded"));
        }
        if (!Provinces.isChinese(address)) {
            return notInChina("address", null);
        }
        Policy.Geography g = c.policy().schemes().geography();
        String local = Provinces.afterProvince(address, g);
        String urban = first(local, g.urbanKeywords());
        if (urban != null) {
            return DimensionResult.of(dimension(), "URBAN", Context.inputs("keyword", urban),
                    Reason.deferred("urbanKeyword", () -> Label.of(
                            "地址含城区关键词“" + urban + "”（政策 geography.urbanKeywords） → 城市",
                            "The address has the city-district keyword '" + urban + "' (policy geography.urbanKeywords) → Urban")));
        }
        String rural = first(local, g.ruralKeywords());
        if (rural != null) {
            return DimensionResult.of(dimension(), "RURAL", Context.inputs("keyword", rural),
                    Reason.deferred("ruralKeyword", () -> Label.of(
                            "地址含农村关键词“" + rural + "”（政策 geography.ruralKeywords） → 农村",
                            "The address has the rural keyword '" + rural + "' (policy geography.ruralKeywords) → Rural")));
        }
        return DimensionResult.unknown(dimension(), Context.inputs("keyword", null),
                new Reason("noKeyword", "地址中没有政策所列的城区或农村关键词，无法判断城乡",
                        "The address has none of the policy's city-district or rural keywords: urban or rural cannot be told"));
    }

    private DimensionResult notInChina(String field, String text) {
        String zh = text == null ? "地址" : "地区“" + text + "”";
        String en = text == null ? "The address" : "The region '" + text + "'";
        return DimensionResult.unknown(dimension(), Context.inputs("region", text, "source", field),
                Reason.deferred("notInChina", () -> Label.of(
                        zh + "不在中国境内（如境外地区），城乡关键词只适用于中国地址",
                        en + " is not in China (e.g. a region abroad); the urban and rural keywords only apply to Chinese addresses")));
    }

    private static String first(String address, java.util.List<String> keywords) {
        for (String keyword : keywords) {
            if (address.contains(keyword)) {
                return keyword;
            }
        }
        return null;
    }
}

package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.CustomerType;
import io.clientlens.policy.Band;

import java.math.BigDecimal;

/** 青年/中年/老年 by age in completed years at as-of and the policy's ageBand bands (docs/POLICY.md). */
final class AgeBandRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.AGE_BAND;
    }

    @Override
    public DimensionResult apply(Context c) {
        if (c.customer().type() == CustomerType.CORPORATE) {
            return DimensionResult.unknown(dimension(), Context.inputs("type", "CORPORATE"),
                    new Reason("corporate", "企业客户不适用年龄段", "Age bands do not apply to corporate customers"));
        }
        Integer age = c.customer().ageAt(c.asOf());
        if (age == null) {
            return DimensionResult.unknown(dimension(), Context.inputs("age", null),
                    new Reason("birthDateMissing", "出生日期缺失，无法计算年龄", "Birth date missing: the age is unknown"));
        }
        Band band = c.policy().schemes().ageBands().bandOf(BigDecimal.valueOf(age));
        var label = dimension().labelOf(band.code());
        return DimensionResult.of(dimension(), band.code(),
                Context.inputs("age", age, "bandMin", band.min(), "bandMax", band.max()),
                Reason.deferred("ageBand." + band.code(), () -> Label.of(
                        "年龄 " + age + " 岁（" + range(band, " 岁") + "） → " + label.zh(),
                        "Age " + age + " (" + range(band, "") + ") → " + label.en())));
    }

    static String range(Band band, String unit) {
        if (band.max() == null) {
            return "≥ " + band.min().toPlainString() + unit;
        }
        return band.min().signum() == 0 ? "< " + band.max().toPlainString() + unit
                : band.min().toPlainString() + "–" + band.max().subtract(BigDecimal.ONE).toPlainString() + unit;
    }
}

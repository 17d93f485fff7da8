package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Band;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/** 家庭生命周期 (docs/POLICY.md): from family data when on file, otherwise from age alone, saying so. */
final class LifeStageRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.LIFE_STAGE;
    }

    @Override
    public DimensionResult apply(Context c) {
        CustomerFeatures f = c.customer();
        if (f.type() == CustomerType.CORPORATE) {
            return DimensionResult.unknown(dimension(), Context.inputs("type", "CORPORATE"), CorporateCustomers.NO_FAMILY_ANALYSIS);
        }
        Integer age = f.ageAt(c.asOf());
        Profile p = f.profile();
        boolean familyData = p != null && (p.family() != null || p.maritalStatus() != null);
        if (familyData) {
            return fromFamily(c, p, age);
        }
        if (age == null) {
            return DimensionResult.unknown(dimension(), Context.inputs("age", null, "familyData", false),
                    new Reason("birthDateMissing", "出生日期缺失且无家庭资料", "Birth date missing and no family data on file"));
        }
        Band band = c.policy().lifeStage().byAge().bandOf(BigDecimal.valueOf(age));
        var label = dimension().labelOf(band.code());
        return DimensionResult.of(dimension(), band.code(), Context.inputs("age", age, "familyData", false),
                new Reason("byAge." + band.code(), "无家庭资料，仅按年龄 " + age + " 岁推断 → " + label.zh(),
                        "No family data on file; inferred from age " + age + " alone → " + label.en()));
    }

    private DimensionResult fromFamily(Context c, Profile p, Integer age) {
        Policy.LifeStage policy = c.policy().lifeStage();
        // Loops rather than streams: this runs for every customer with family data.
        int children = 0;
        long dependent = 0;
        if (p.family() != null) {
            for (FamilyMember member : p.family()) {
                if (member.isChild()) {
                    children++;
                    if (isDependent(member, c.asOf(), policy.childIndependentAge())) {
                        dependent++;
                    }
                }
            }
        }
        boolean retired = Boolean.TRUE.equals(p.retired());
        boolean couple = p.maritalStatus() != null && p.maritalStatus().isCouple();
        var inputs = Context.inputs("age", age, "familyData", true, "retired", retired,
                "maritalStatus", p.maritalStatus() == null ? null : p.maritalStatus().name(),
                "children", children, "dependentChildren", dependent);
        if (retired || (age != null && age >= policy.retirementAge())) {
            String why = retired ? "已退休" : "年龄 " + age + " 岁 ≥ " + policy.retirementAge();
            String whyEn = retired ? "retired" : "age " + age + " ≥ " + policy.retirementAge();
            return DimensionResult.of(dimension(), "RETIREMENT", inputs,
                    new Reason("retirement", why + " → 家庭衰老期", whyEn + " → Retirement"));
        }
        if (children > 0 && dependent == 0) {
            return DimensionResult.of(dimension(), "MATURITY", inputs,
                    new Reason("childrenIndependent", children + " 个子女均已独立（≥ " + policy.childIndependentAge()
                            + " 岁或已登记独立） → 家庭成熟期",
                            "All " + children + " children are independent (age ≥ " + policy.childIndependentAge()
                                    + " or marked independent) → Family maturity"));
        }
        if (dependent > 0) {
            return DimensionResult.of(dimension(), "GROWTH", inputs,
                    new Reason("dependentChild", "有 " + dependent + " 个未独立子女 → 家庭成长期",
                            dependent + " dependent child(ren) → Family growth"));
        }
        if (couple) {
            return DimensionResult.of(dimension(), "FORMATION", inputs,
                    new Reason("coupleWithoutChildren", "已婚（或同居）且无子女 → 家庭形成期",
                            "Married (or partnered) without children → Family formation"));
        }
        return DimensionResult.of(dimension(), "SINGLE", inputs,
                new Reason("single", "未婚且无子女 → 单身期", "Not married and no children → Single"));
    }

    /** A child is dependent unless marked independent or at least the independence age; no birth date counts as dependent. */
    static boolean isDependent(FamilyMember child, LocalDate asOf, int independentAge) {
        if (child.markedIndependent()) {
            return false;
        }
        return child.birthDate() == null || Period.between(child.birthDate(), asOf).getYears() < independentAge;
    }
}

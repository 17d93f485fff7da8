package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the insurance needs diagnosis of docs/NEEDS.md from the profile, its household figures and the
 * policy. Ages are completed years at the as-of date. Family members appear by their position in
 * the profile ({@code family[1]}) and age, never by name.
 */
final class InsuranceNeeds {
    static final Label SUPPORT_YEARS = Label.of("家庭生活费支持年数", "support years");

    private InsuranceNeeds() {
    }

    static int age(LocalDate birthDate, LocalDate asOf) {
        return Math.max(0, Period.between(birthDate, asOf).getYears());
    }

    static InsuranceDiagnosis of(Profile p, HouseholdFigures f, LocalDate asOf, Policy policy) {
        Policy.Needs n = policy.needs();
        int independentAge = policy.lifeStage().childIndependentAge();
        List<Indexed> dependents = dependentChildren(p, asOf, independentAge);
        Figure supportYears = supportYears(p, dependents, asOf, independentAge, n);

        List<Figure> needTerms = new ArrayList<>();
        needTerms.add(Arithmetic.presentValue("livingExpenses", Label.of("家庭生活费", "family living expenses"),
                f.familyLivingExpenses(), supportYears, n.discountRate()));
        needTerms.add(f.liabilities().as("liabilities", Label.of("负债余额", "outstanding debts")));
        for (Indexed child : dependents) {
            needTerms.add(education(child, asOf, independentAge, n));
        }
        for (Indexed parent : supportedParents(p)) {
            needTerms.add(parentSupport(parent, asOf, n));
        }
        needTerms.add(Figure.policy("finalExpenses", Label.of("身后费用", "final expenses"), n.finalExpenses(), "finalExpenses"));
        Figure need = Arithmetic.sum("need", Label.of("总需求 A", "total need A"), needTerms);

        Insurance ins = p.insurance();
        Figure lifeCover = ins == null ? HouseholdFigures.missingGroup("lifeCover", Label.of("寿险保额", "life cover"), "insurance")
                : Figure.input("lifeCover", Label.of("寿险保额", "life cover"), ins.lifeCover(), "insurance.lifeCover");
        Figure social = ins == null ? HouseholdFigures.missingGroup("socialSecurity", Label.of("社保身故给付", "social security death benefit"), "insurance")
                : Figure.input("socialSecurity", Label.of("社保身故给付", "social security death benefit"),
                ins.socialSecurityDeathBenefit(), "insurance.socialSecurityDeathBenefit");
        List<Figure> resourceTerms = List.of(lifeCover, f.financialAssets(), social);
        Figure resources = Arithmetic.sum("resources", Label.of("已有资源 B", "existing resources B"), resourceTerms);
        Figure gap = Arithmetic.notBelowZero("gap", Label.of("保障缺口 C", "protection gap C"),
                Arithmetic.difference("needMinusResources", Label.of("A − B", "A − B"), need, resources));
        return new InsuranceDiagnosis(supportYears, needTerms, need, resourceTerms, resources, gap,
                health(f, ins, n), retirement(f, ins, n));
    }

    private record Indexed(int index, FamilyMember member) {
        String field(String name) {
            return "family[" + index + "]." + name;
        }
    }

    /** The family members that {@code which} accepts, with their positions (a loop: it runs for every customer of a batch). */
    private static List<Indexed> members(Profile p, java.util.function.Predicate<FamilyMember> which) {
        if (p.family() == null) {
            return List.of();
        }
        List<Indexed> found = new ArrayList<>(2);
        for (int i = 0; i < p.family().size(); i++) {
            if (which.test(p.family().get(i))) {
                found.add(new Indexed(i, p.family().get(i)));
            }
        }
        return found;
    }

    /** Dependent: a child not marked independent and younger than the independence age; no birth date counts as dependent. */
    private static List<Indexed> dependentChildren(Profile p, LocalDate asOf, int independentAge) {
        return members(p, m -> m.isChild() && !m.markedIndependent()
                && (m.birthDate() == null || age(m.birthDate(), asOf) < independentAge));
    }

    private static List<Indexed> supportedParents(Profile p) {
        return members(p, FamilyMember::isSupportedParent);
    }

    private static Figure supportYears(Profile p, List<Indexed> dependents, LocalDate asOf, int independentAge, Policy.Needs n) {
        if (dependents.isEmpty()) {
            String zhWhy = p.family() == null ? "无家庭资料" : "无未独立子女";
            String enWhy = p.family() == null ? "no family data on file" : "no dependent child";
            return Figure.known("supportYears", SUPPORT_YEARS, BigDecimal.valueOf(n.defaultSupportYears()),
                    () -> Label.of(zhWhy + "，取政策 needs.defaultSupportYears = " + n.defaultSupportYears(),
                            enWhy + ": policy needs.defaultSupportYears = " + n.defaultSupportYears()));
        }
        for (Indexed d : dependents) {
            if (d.member().birthDate() == null) {
                return Figure.missing("supportYears", SUPPORT_YEARS, birthDateMissing(d));
            }
        }
        int max = 0;
        for (Indexed d : dependents) {
            max = Math.max(max, independentAge - age(d.member().birthDate(), asOf));
        }
        int longest = max;
        return Figure.known("supportYears", SUPPORT_YEARS, BigDecimal.valueOf(longest), () -> {
            List<String> parts = new ArrayList<>();
            for (Indexed d : dependents) {
                int age = age(d.member().birthDate(), asOf);
                parts.add(independentAge + " − " + age + " (" + d.field("birthDate") + ") = " + (independentAge - age));
            }
            String list = String.join("; ", parts);
            return Label.of("未独立子女中最长：max(" + list + ") = " + longest,
                    "longest of the dependent children: max(" + list + ") = " + longest);
        });
    }

    private static Label birthDateMissing(Indexed m) {
        return Label.of(m.field("birthDate") + " 出生日期缺失，无法计算年龄", m.field("birthDate") + " is missing: the age is unknown");
    }

    private static Figure education(Indexed child, LocalDate asOf, int independentAge, Policy.Needs n) {
        String code = "childEducation[" + child.index() + "]";
        if (child.member().birthDate() == null) {
            return Figure.missing(code, Label.of("子女教育金", "child's education"), birthDateMissing(child));
        }
        int age = age(child.member().birthDate(), asOf);
        Label name = Label.of("子女教育金（family[" + child.index() + "]，" + age + " 岁）",
                "child's education (family[" + child.index() + "], age " + age + ")");
        Figure annual = Figure.input("educationAnnualCost", Label.of("年教育费", "annual education cost"),
                child.member().educationAnnualCost(), child.field("educationAnnualCost"));
        Figure years = Figure.known("years", Label.of("年数", "years"), BigDecimal.valueOf(independentAge - age),
                () -> Label.of(independentAge + " − " + age, independentAge + " − " + age));
        return Arithmetic.presentValue(code, name, annual, years, n.discountRate());
    }

    private static Figure parentSupport(Indexed parent, LocalDate asOf, Policy.Needs n) {
        String code = "parentSupport[" + parent.index() + "]";
        if (parent.member().birthDate() == null) {
            return Figure.missing(code, Label.of("父母赡养费", "parent's support"), birthDateMissing(parent));
        }
        int age = age(parent.member().birthDate(), asOf);
        Label name = Label.of("父母赡养费（family[" + parent.index() + "]，" + age + " 岁）",
                "parent's support (family[" + parent.index() + "], age " + age + ")");
        Figure annual = Figure.input("annualSupport", Label.of("年赡养费", "annual support"), parent.member().annualSupport(),
                parent.field("annualSupport"));
        int until = n.parentSupportUntilAge();
        Figure years = Figure.known("years", Label.of("年数", "years"), BigDecimal.valueOf(Math.max(0, until - age)),
                () -> Label.of("max(0, " + until + " − " + age + ")", "max(0, " + until + " − " + age + ")"));
        return Arithmetic.presentValue(code, name, annual, years, n.discountRate());
    }

    private static InsuranceDiagnosis.HealthGap health(HouseholdFigures f, Insurance ins, Policy.Needs n) {
        Figure target = Arithmetic.times("target", Label.of("重疾保额目标", "critical-illness target"), f.netIncome(),
                Figure.policy("multiple", Label.of("倍数", "multiple"), n.criticalIllnessIncomeMultiple(), "criticalIllnessIncomeMultiple"));
        Figure cover = ins == null ? HouseholdFigures.missingGroup("cover", Label.of("现有重疾保额", "critical-illness cover"), "insurance")
                : Figure.input("cover", Label.of("现有重疾保额", "critical-illness cover"), ins.criticalIllnessCover(),
                "insurance.criticalIllnessCover");
        Figure gap = Arithmetic.notBelowZero("gap", Label.of("重疾缺口", "critical-illness gap"),
                Arithmetic.difference("targetMinusCover", Label.of("目标 − 保额", "target − cover"), target, cover));
        return new InsuranceDiagnosis.HealthGap(target, cover, gap);
    }

    private static InsuranceDiagnosis.RetirementGap retirement(HouseholdFigures f, Insurance ins, Policy.Needs n) {
        int years = n.lifeExpectancy() - n.retirementFromAge();
        Figure living = Arithmetic.times("retirementLiving", Label.of("退休后年生活费", "retirement living expenses"),
                f.familyLivingExpenses(), Figure.policy("replacement", Label.of("替代率", "replacement"),
                        n.retirementIncomeReplacement(), "retirementIncomeReplacement"));
        Figure retirementYears = Figure.known("retirementYears", Label.of("退休生活年数", "years in retirement"), BigDecimal.valueOf(years),
                () -> Label.of("政策 needs.lifeExpectancy " + n.lifeExpectancy() + " − needs.retirementFromAge " + n.retirementFromAge() + " = " + years,
                        "policy needs.lifeExpectancy " + n.lifeExpectancy() + " − needs.retirementFromAge " + n.retirementFromAge() + " = " + years));
        Figure need = Arithmetic.times("need", Label.of("养老需求", "retirement need"), living, retirementYears);
        Figure pension = ins == null ? HouseholdFigures.missingGroup("pensionAnnual", Label.of("年养老金", "annual pension"), "insurance")
                : Figure.input("pensionAnnual", Label.of("年养老金", "annual pension"), ins.pensionAnnual(), "insurance.pensionAnnual");
        Figure pensionTotal = Arithmetic.times("pensionTotal", Label.of("养老金合计", "pension total"), pension,
                Figure.policy("pensionYears", Label.of("领取年数", "pension years"), BigDecimal.valueOf(n.pensionYears()), "pensionYears"));
        Figure provision = Arithmetic.sum("provision", Label.of("养老准备", "retirement provision"), List.of(f.investmentAssets(), pensionTotal));
        Figure gap = Arithmetic.notBelowZero("gap", Label.of("养老缺口", "retirement gap"),
                Arithmetic.difference("needMinusProvision", Label.of("需求 − 准备", "need − provision"), need, provision));
        return new InsuranceDiagnosis.RetirementGap(need, provision, gap);
    }
}

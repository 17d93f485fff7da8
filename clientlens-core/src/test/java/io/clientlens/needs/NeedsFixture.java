package io.clientlens.needs;

import io.clientlens.classify.PolicyFixture;
import io.clientlens.customer.Assets;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Goal;
import io.clientlens.customer.Income;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.Liability;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Profiles for needs tests: the example of docs/profile.schema.json and variations of it. */
final class NeedsFixture {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    private NeedsFixture() {
    }

    static Policy policy() {
        return PolicyFixture.v1();
    }

    /** The analysis of an individual's profile (a company's would be {@link NeedsNotApplicable}). */
    static NeedsAnalysis analyze(Profile p) {
        return (NeedsAnalysis) new NeedsAnalyzer(policy()).analyze(p, AS_OF);
    }

    /** Exactly the §2.1 document: no birth date of the customer (the example has none). */
    static Profile domainExample() {
        return Profile.builder("C0001").type(CustomerType.INDIVIDUAL).name("王小明").residentId("11010519491231002X")
                .mobile("13800138000").nationality("CN").region("北京市").occupation("engineer").industry("IT")
                .maritalStatus(MaritalStatus.MARRIED).retired(false)
                .family(List.of(
                        new FamilyMember(FamilyMember.Relation.SPOUSE, null, LocalDate.of(1991, 5, 1), bd(120_000), null, null, null, null),
                        new FamilyMember(FamilyMember.Relation.CHILD, null, LocalDate.of(2018, 9, 1), null, null, bd(20_000), null, null),
                        new FamilyMember(FamilyMember.Relation.PARENT, null, LocalDate.of(1960, 1, 1), null, null, null, bd(12_000), null)))
                .income(new Income(bd(300_000), bd(0), bd(10_000), bd(0)))
                .expenses(new Expenses(bd(96_000), bd(24_000), bd(20_000), bd(10_000), bd(12_000), bd(6_000)))
                .assets(new Assets(bd(50_000), bd(200_000), bd(100_000), bd(50_000), bd(0), bd(0), bd(0), bd(0),
                        bd(3_000_000), bd(150_000), bd(0)))
                .liabilities(List.of(new Liability(Liability.Kind.MORTGAGE, bd(1_500_000), bd(9_000))))
                .insurance(new Insurance(bd(500_000), bd(300_000), true, null, bd(50_000), bd(0)))
                .goals(List.of(new Goal(Goal.Type.EDUCATION, null, bd(500_000), LocalDate.of(2036, 9, 1), 1)))
                .build();
    }

    /** The example with a birth date, 40 in completed years at the as-of date. */
    static Profile domainExampleAged40() {
        return domainExample().toBuilder().birthDate(LocalDate.of(1986, 3, 15)).build();
    }

    static Profile onlyAnId() {
        return Profile.builder("C0002").build();
    }

    static BigDecimal bd(long v) {
        return BigDecimal.valueOf(v);
    }
}

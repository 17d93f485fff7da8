package io.clientlens.needs;

import io.clientlens.customer.Assets;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Income;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.Liability;
import io.clientlens.customer.Profile;
import io.clientlens.testing.RandomCases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** For any profile, however incomplete: a complete diagnosis, never a division error, every gap ≥ 0. */
class NeedsAnalysisPropertiesTest {

    @Test
    void diagnosesAnyProfileCompletelyWithoutThrowing() {
        RandomCases.cases(400).forEach(random -> {
            Profile p = randomProfile(random);
            NeedsAnalysis a = NeedsFixture.analyze(p);
            assertThat(a.ratios()).as(random.toString()).hasSize(6);
            for (RatioResult r : a.ratios()) {
                if (r.isComputable()) {
                    assertThat(r.value()).as(random + " " + r.code())
                            .isEqualByComparingTo(r.numerator().amount().divide(r.denominator().amount(), 4, RoundingMode.HALF_UP));
                    assertThat(r.denominator().amount().signum()).isPositive();
                } else {
                    assertThat(r.value()).isNull();
                    assertThat(r.workings().zh()).isNotBlank();
                    assertThat(r.workings().en()).isNotBlank();
                }
            }
            for (Figure gap : List.of(a.insurance().gap(), a.insurance().health().gap(), a.insurance().retirement().gap(),
                    a.fourAccounts().wealth())) {
                if (gap.isKnown()) {
                    assertThat(gap.amount().signum()).as(random + " " + gap.code()).isNotNegative();
                }
                assertThat(gap.workings().en()).isNotBlank();
            }
        });
    }

    private static Profile randomProfile(Random r) {
        Profile.Builder b = Profile.builder("R" + r.nextInt(1000));
        if (r.nextBoolean()) {
            b.birthDate(LocalDate.of(1940 + r.nextInt(70), 1 + r.nextInt(12), 1));
        }
        if (r.nextInt(4) > 0) {
            b.income(new Income(amount(r), amount(r), amount(r), amount(r)));
        }
        if (r.nextInt(4) > 0) {
            b.expenses(new Expenses(amount(r), amount(r), amount(r), amount(r), amount(r), amount(r)));
        }
        if (r.nextInt(4) > 0) {
            b.assets(new Assets(amount(r), amount(r), amount(r), amount(r), amount(r), amount(r), amount(r), amount(r),
                    amount(r), amount(r), amount(r)));
        }
        if (r.nextInt(4) > 0) {
            b.liabilities(RandomCases.listOf(r, 0, 3, x -> new Liability(Liability.Kind.OTHER, amount(x), amount(x))));
        }
        if (r.nextInt(4) > 0) {
            b.insurance(new Insurance(amount(r), amount(r), r.nextBoolean(), null, amount(r), amount(r)));
        }
        if (r.nextBoolean()) {
            b.family(RandomCases.listOf(r, 0, 4, x -> new FamilyMember(
                    FamilyMember.Relation.values()[x.nextInt(4)], null,
                    x.nextInt(5) == 0 ? null : LocalDate.of(1930 + x.nextInt(96), 1 + x.nextInt(12), 1),
                    amount(x), x.nextInt(3) == 0, amount(x), amount(x), null)));
        }
        return b.build();
    }

    /** Zero, empty or an amount, so that zero denominators and empty fields come up often. */
    private static BigDecimal amount(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> BigDecimal.ZERO;
            default -> BigDecimal.valueOf(r.nextInt(2_000_000));
        };
    }
}

package io.clientlens.customer;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Birth dates between 1900-01-01 and today; every amount of the document below the bound, named by its path. */
class ProfileBoundsTest {
    static final BigDecimal MAX = BigDecimal.TEN.pow(13);
    static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    private static List<FieldProblem> problems(Profile p) {
        return ProfileBounds.problems(p, MAX, TODAY);
    }

    @Test
    void birthDatesOutsideTheRangeAreNamedByPath() {
        Profile p = Profile.builder("C1").birthDate(LocalDate.of(1899, 12, 31)).family(List.of(
                new FamilyMember(FamilyMember.Relation.CHILD, "a", TODAY.plusDays(1), null, null, null, null, null),
                new FamilyMember(FamilyMember.Relation.CHILD, "b", TODAY, null, null, null, null, null))).build();
        assertThat(problems(p)).extracting(FieldProblem::field).containsExactly("birthDate", "family[0].birthDate");
        assertThat(problems(p).get(0).en()).contains("between 1900-01-01 and today (2026-09-30)", "found 1899-12-31");
        assertThat(problems(Profile.builder("C1").birthDate(LocalDate.of(1900, 1, 1)).build())).isEmpty();
    }

    @Test
    void everyAmountAtOrAboveTheBoundIsNamedWithTheRange() {
        BigDecimal huge = new BigDecimal("1e308");
        Profile p = Profile.builder("C1")
                .assets(new Assets(huge, null, null, null, null, null, null, null, null, null, null))
                .liabilities(List.of(new Liability(Liability.Kind.MORTGAGE, BigDecimal.ONE, null),
                        new Liability(Liability.Kind.OTHER, MAX, null)))
                .family(List.of(new FamilyMember(FamilyMember.Relation.SPOUSE, "a", null, MAX.add(BigDecimal.ONE), null, null,
                        null, null)))
                .financialAssetsElsewhere(MAX.subtract(new BigDecimal("0.01")))
                .build();
        assertThat(problems(p)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("assets.cash", "liabilities[1].outstanding", "family[0].annualIncome");
        FieldProblem cash = problems(p).stream().filter(f -> f.field().equals("assets.cash")).findFirst().orElseThrow();
        assertThat(cash.en()).isEqualTo("must be less than 10,000,000,000,000 (policy validation.maxAmount), found 1E+308");
        assertThat(cash.zh()).startsWith("金额应小于 10,000,000,000,000 元");
    }

    @Test
    void aCustomerIdIsAKeyWithoutSpacesOrMarkup() {
        for (String id : List.of("C000001", "1234", "K-1", "BR01/0001", "a.b_c")) {
            assertThat(problems(Profile.builder(id).build())).as(id).isEmpty();
        }
        for (String id : List.of(" C1 ", "a<script>", "客户", "C 1", "x".repeat(65))) {
            assertThat(problems(Profile.builder(id).build())).as(id).extracting(FieldProblem::field).containsExactly("customerId");
        }
    }

    @Test
    void namesAndOtherTextsHaveABoundNamedByPath() {
        Profile p = Profile.builder("C1").name("王".repeat(101)).title("x".repeat(2_001))
                .family(List.of(new FamilyMember(FamilyMember.Relation.SPOUSE, "李".repeat(101), null, null, null, null, null, null)))
                .hobbies(List.of("golf", "y".repeat(2_001))).build();
        assertThat(problems(p)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("name", "title", "family[0].name", "hobbies[1]");
        assertThat(problems(p).stream().filter(f -> f.field().equals("name")).findFirst().orElseThrow().en())
                .isEqualTo("at most 100 characters, found 101");
        assertThat(problems(Profile.builder("C1").name("王".repeat(100)).title("x".repeat(2_000)).build())).isEmpty();
    }
}

package io.clientlens.batch.generate;

import io.clientlens.bank.Branch;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;
import io.clientlens.identity.ResidentId;
import io.clientlens.identity.Uscc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedProfilesTest {
    private static final LocalDate END = LocalDate.of(2026, 9, 30);
    private static List<Profile> profiles;
    private static List<Profile> individuals;

    @BeforeAll
    static void generate() {
        CustomerBaseGenerator generator = new CustomerBaseGenerator(GeneratorSettings.of(5000, 7, END));
        profiles = java.util.stream.IntStream.range(0, 5000).mapToObj(i -> generator.customer(i).profile()).toList();
        individuals = profiles.stream().filter(p -> p.type() == CustomerType.INDIVIDUAL).toList();
    }

    @Test
    void customerIdsAreNumberedFromOne() {
        assertThat(profiles.get(0).customerId()).isEqualTo("C000001");
        assertThat(profiles.get(4999).customerId()).isEqualTo("C005000");
    }

    @Test
    void residentIdsAreValidAndAgreeWithBirthDateGenderAndBranchProvince() {
        Map<String, String> regionByBranch = CustomerBaseGenerator.branches().stream()
                .collect(Collectors.toMap(Branch::branchId, Branch::region));
        List<Profile> withId = individuals.stream().filter(p -> p.residentId() != null).toList();

        assertThat(withId).hasSizeGreaterThan(4500);
        for (Profile p : withId) {
            ResidentId id = ResidentId.parse(p.residentId());
            assertThat(id.birthDate()).as(p.customerId()).isEqualTo(p.birthDate());
            assertThat(id.gender()).as(p.customerId()).isEqualTo(p.gender());
            assertThat(provinceCodeOf(regionByBranch.get(p.branch()))).as(p.customerId())
                    .isEqualTo(id.regionCode().substring(0, 2));
        }
    }

    private static String provinceCodeOf(String region) {
        return Branches.ALL.stream().filter(s -> s.region().equals(region)).findFirst().orElseThrow()
                .districts().get(0).code().substring(0, 2);
    }

    @Test
    void corporateCustomersHaveValidUsccsAndOwnersWithValidIds() {
        List<Profile> corporates = profiles.stream().filter(p -> p.type() == CustomerType.CORPORATE).toList();

        assertThat(corporates.size()).isBetween(75, 250);
        for (Profile p : corporates) {
            assertThat(new Uscc(p.corporate().uscc()).value()).isEqualTo(p.corporate().uscc());
            assertThat(p.name()).endsWith("公司");
            assertThat(p.corporate().beneficialOwners()).isNotEmpty();
            p.corporate().beneficialOwners().forEach(o -> ResidentId.parse(o.residentId()));
            BigDecimal shares = p.corporate().beneficialOwners().stream().map(o -> o.share())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(shares).isEqualByComparingTo("1");
        }
    }

    @Test
    void everyMobileIsAMainlandNumber() {
        List<String> mobiles = profiles.stream().map(Profile::mobile).filter(m -> m != null).toList();

        assertThat(mobiles).hasSizeGreaterThan(4900).allMatch(m -> m.matches("1[3-9]\\d{9}"));
    }

    @Test
    void agesRunFrom18To85AndMostAreOfWorkingAge() {
        List<Integer> ages = individuals.stream().map(p -> Period.between(p.birthDate(), END).getYears()).toList();

        assertThat(ages).allMatch(a -> a >= 18 && a <= 85);
        assertThat(share(ages, a -> a >= 25 && a <= 60)).isGreaterThan(0.6);
    }

    @Test
    void aboutOnePercentAreForeignAndTheyCarryNoResidentId() {
        List<Profile> foreign = individuals.stream().filter(p -> !"CN".equals(p.nationality())).toList();

        assertThat(foreign.size()).isBetween(20, 100);
        assertThat(foreign).allMatch(p -> p.residentId() == null && p.residency() != null);
        assertThat(foreign).anyMatch(p -> p.residency() == Profile.Residency.INTERNATIONAL);
    }

    @Test
    void mostOlderCustomersAreRetiredWithGrownIndependentChildren() {
        List<Profile> older = individuals.stream()
                .filter(p -> Period.between(p.birthDate(), END).getYears() >= 60).toList();

        assertThat(share(older, p -> Boolean.TRUE.equals(p.retired()))).isGreaterThan(0.8);
        List<FamilyMember> children = older.stream().flatMap(p -> p.family().stream())
                .filter(FamilyMember::isChild).toList();
        assertThat(share(children, FamilyMember::markedIndependent)).isGreaterThan(0.7);
    }

    @Test
    void childrenAreYoungerThanTheirParentByAtLeastTwentyYears() {
        for (Profile p : individuals) {
            for (FamilyMember child : p.family()) {
                if (child.isChild()) {
                    assertThat(child.birthDate()).as(p.customerId()).isAfterOrEqualTo(p.birthDate().plusYears(20));
                }
            }
        }
    }

    @Test
    void spousesAppearOnlyForCouples() {
        for (Profile p : individuals) {
            boolean hasSpouse = p.family().stream().anyMatch(m -> m.relation() == FamilyMember.Relation.SPOUSE);
            assertThat(hasSpouse).as(p.customerId()).isEqualTo(p.maritalStatus().isCouple());
        }
        assertThat(share(individuals, p -> p.maritalStatus() == MaritalStatus.SINGLE
                && Period.between(p.birthDate(), END).getYears() < 25)).isGreaterThan(0.03);
    }

    @Test
    void financialAssetsArePareto_shapedMostlyMassWithSomePrivate() {
        List<BigDecimal> financial = profiles.stream().map(p -> p.assets().financial()).toList();

        assertThat(share(financial, f -> f.compareTo(BigDecimal.valueOf(500_000)) < 0)).isGreaterThan(0.8);
        assertThat(financial).anyMatch(f -> f.compareTo(BigDecimal.valueOf(6_000_000)) >= 0);
        assertThat(share(financial, f -> f.compareTo(BigDecimal.valueOf(6_000_000)) >= 0)).isLessThan(0.02);
    }

    @Test
    void expensesAreAShareOfIncomeForMostWorkingCustomers() {
        List<Profile> earners = individuals.stream().filter(p -> p.expenses() != null
                && p.income().total().compareTo(BigDecimal.valueOf(50_000)) > 0).toList();

        assertThat(share(earners, p -> {
            double ratio = p.expenses().total().doubleValue() / p.income().total().doubleValue();
            return ratio >= 0.3 && ratio <= 0.95;
        })).isGreaterThan(0.75);
    }

    @Test
    void aboutFortyPercentHaveInvested() {
        double investors = share(individuals, p -> p.investmentHistory() != null
                && !p.investmentHistory().productTypes().isEmpty());

        assertThat(investors).isBetween(0.3, 0.5);
        Set<String> types = individuals.stream().filter(p -> p.investmentHistory() != null)
                .flatMap(p -> p.investmentHistory().productTypes().stream()).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder("FUND", "STOCK", "BOND", "WEALTH_NON_GUARANTEED",
                "INVESTMENT_INSURANCE");
    }

    @Test
    void relationshipManagersWorkAtOneBranchEach() {
        Map<String, Set<String>> branchesByManager = profiles.stream().collect(Collectors.groupingBy(
                Profile::relationshipManager, Collectors.mapping(Profile::branch, Collectors.toSet())));

        assertThat(branchesByManager).hasSize(60);
        assertThat(branchesByManager.values()).allMatch(branches -> branches.size() == 1);
    }

    @Test
    void factSourcesWereCollectedBeforeTheEndDate() {
        assertThat(profiles).allMatch(p -> !p.sources().isEmpty());
        assertThat(profiles.stream().flatMap(p -> p.sources().values().stream()))
                .allMatch(s -> s.collectedOn().isBefore(END));
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).count() / (double) items.size();
    }
}

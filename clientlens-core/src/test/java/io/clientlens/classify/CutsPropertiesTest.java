package io.clientlens.classify;

import io.clientlens.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the Pareto cut and the RFM quintiles over many random populations. */
class CutsPropertiesTest {
    private static final BigDecimal A = new BigDecimal("0.80");
    private static final BigDecimal B = new BigDecimal("0.95");
    private static final List<BigDecimal> QUINTILES = List.of(new BigDecimal("0.2"), new BigDecimal("0.4"),
            new BigDecimal("0.6"), new BigDecimal("0.8"));

    static Stream<Random> populations() {
        return RandomCases.cases(300);
    }

    private static List<ParetoCut.Ranked> ranked(List<Integer> contributions) {
        return IntStream.range(0, contributions.size())
                .mapToObj(i -> new ParetoCut.Ranked(String.format("%05d", i), BigDecimal.valueOf(contributions.get(i))))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("populations")
    void classAIsTheSmallestTopSetReachingEightyPercentAndBNinetyFive(Random random) {
        // small value range so that ties are frequent
        List<ParetoCut.Ranked> customers = ranked(RandomCases.ints(random, 1, 60, -5, 40));
        ParetoCut cut = ParetoCut.of(customers, A, B);
        BigDecimal total = customers.stream().map(ParetoCut.Ranked::contribution).filter(c -> c.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ParetoCut.Ranked> sorted = new ArrayList<>(customers);
        sorted.sort(Comparator.comparing(ParetoCut.Ranked::contribution).reversed().thenComparing(ParetoCut.Ranked::customerId));

        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal beforeLastA = null;
        BigDecimal throughLastA = BigDecimal.ZERO;
        BigDecimal beforeLastB = null;
        BigDecimal throughLastB = BigDecimal.ZERO;
        ParetoCut.Class previous = ParetoCut.Class.A;
        for (ParetoCut.Ranked r : sorted) {
            ParetoCut.Class cls = cut.classOf(r.customerId(), r.contribution());
            assertThat(cls.ordinal()).as("classes never improve down the ranking").isGreaterThanOrEqualTo(previous.ordinal());
            previous = cls;
            if (r.contribution().signum() <= 0) {
                assertThat(cls).isEqualTo(ParetoCut.Class.C);
            }
            BigDecimal before = cumulative;
            cumulative = cumulative.add(r.contribution().max(BigDecimal.ZERO));
            if (cls == ParetoCut.Class.A) {
                beforeLastA = before;
                throughLastA = cumulative;
            }
            if (cls != ParetoCut.Class.C) {
                beforeLastB = before;
                throughLastB = cumulative;
            }
        }
        if (total.signum() == 0) {
            assertThat(beforeLastA).as("no A without positive contribution").isNull();
            return;
        }
        assertThat(throughLastA).isGreaterThanOrEqualTo(total.multiply(A));
        assertThat(beforeLastA).as("A is the smallest such set").isLessThan(total.multiply(A));
        assertThat(throughLastB).isGreaterThanOrEqualTo(total.multiply(B));
        assertThat(beforeLastB).as("A+B is the smallest set reaching 95%").isLessThan(total.multiply(B));
    }

    @ParameterizedTest
    @MethodSource("populations")
    void quintileScoresAreMonotoneAndEqualValuesScoreAlike(Random random) {
        List<BigDecimal> numbers = RandomCases.ints(random, 1, 80, 0, 20).stream().map(BigDecimal::valueOf).toList();
        QuintileCuts cuts = QuintileCuts.of(numbers, QUINTILES);
        for (BigDecimal a : numbers) {
            assertThat(cuts.score(a)).isBetween(1, 5);
            for (BigDecimal b : numbers) {
                if (a.compareTo(b) == 0) {
                    assertThat(cuts.score(a)).isEqualTo(cuts.score(b));
                } else if (a.compareTo(b) < 0) {
                    assertThat(cuts.score(a)).isLessThanOrEqualTo(cuts.score(b));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 40})
    void distinctValuesFillTheFiveScoresEvenly(int perScore) {
        List<BigDecimal> numbers = IntStream.rangeClosed(1, 5 * perScore).mapToObj(BigDecimal::valueOf).toList();
        QuintileCuts cuts = QuintileCuts.of(numbers, QUINTILES);
        for (int score = 1; score <= 5; score++) {
            int s = score;
            assertThat(numbers.stream().filter(v -> cuts.score(v) == s).count()).isEqualTo(perScore);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6, 11})
    void cutPointIsTheValueAtNearestRank(int n) {
        List<BigDecimal> numbers = IntStream.rangeClosed(1, n).mapToObj(i -> BigDecimal.valueOf(10L * i)).toList();
        QuintileCuts cuts = QuintileCuts.of(numbers, QUINTILES);
        for (int i = 0; i < 4; i++) {
            int rank = (int) Math.ceil(QUINTILES.get(i).doubleValue() * n);
            assertThat(cuts.cuts().get(i)).isEqualByComparingTo(BigDecimal.valueOf(10L * rank));
        }
    }
}

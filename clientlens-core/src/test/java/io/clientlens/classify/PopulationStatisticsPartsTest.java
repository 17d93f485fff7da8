package io.clientlens.classify;

import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch run collects the population statistics in parts, one per chunk of customers, on several threads: the
 * parts joined, in any order, give the statistics of the whole population collected at once.
 */
class PopulationStatisticsPartsTest {
    private final Policy policy = PolicyFixture.v1();

    @Test
    void partsJoinedInAnyOrderGiveTheStatisticsOfTheWhole() {
        Random random = new Random(18);
        List<CustomerFeatures> customers = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            customers.add(i % 50 == 0 ? CustomerFixture.prospect("P" + i).build()
                    : CustomerFixture.customer("C" + i).aum(random.nextInt(3_000_000)).fees(random.nextInt(5_000))
                            .activity(random.nextInt(40), random.nextInt(900_000), random.nextInt(400))
                            .accounts(1 + random.nextInt(3), 1).tenureDays(random.nextInt(4_000)).build());
        }
        PopulationStatistics.Collector whole = PopulationStatistics.collector(policy);
        customers.forEach(whole::add);

        List<PopulationStatistics.Collector> parts = new ArrayList<>();
        for (int from = 0; from < customers.size(); from += 170) {
            PopulationStatistics.Collector part = PopulationStatistics.collector(policy);
            customers.subList(from, Math.min(customers.size(), from + 170)).forEach(part::add);
            parts.add(part);
        }
        Collections.shuffle(parts, random);
        PopulationStatistics.Collector joined = PopulationStatistics.collector(policy);
        parts.forEach(joined::addAll);

        PopulationStatistics expected = whole.build();
        assertThat(joined.build()).isEqualTo(expected);
        assertThat(expected.pareto().customers()).isEqualTo(588); // the twelve prospects are left out
    }
}

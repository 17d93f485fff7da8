package io.clientlens.app.analytics;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Label;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A segment's members as an SQL selection finds them, kept from the size pass or, beyond the kept number, evaluated again. */
class SegmentMembersTest extends PostgresTest {
    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    SegmentRuleStore store;
    @Autowired
    SegmentSizes sizes;

    @Test
    void membersAreTheSameWhetherKeptOrEvaluatedAgain() {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        long run = runs.run(null, Progress.NONE).runId();
        store.save(new SegmentRule("mass", Label.of("大众客户群", "Mass group"), 10, "dimensions.aumTier == \"MASS\"", 0));
        store.save(new SegmentRule("core", Label.of("核心客户群", "Core group"), 20, "dimensions.valueClass == \"CORE\"", 0));
        for (String[] rule : new String[][]{{"mass", "aumTier", "MASS"}, {"core", "valueClass", "CORE"}}) {
            List<String> expected = jdbc.queryForList("select customer_id from classification where run_id = ? and codes->>? = ?",
                    String.class, run, rule[1], rule[2]).stream().sorted().toList();
            assertThat(expected).as(rule[0]).isNotEmpty();
            try {
                assertThat(sizes.members(run, rule[0])).as("kept").contains(expected);
                assertThat(sizes.of(run).members()).as("kept in memory").isNotNull();
                sizes.keepAtMost(expected.size() - 1);
                assertThat(sizes.members(run, rule[0])).as("evaluated again").contains(expected);
                assertThat(sizes.of(run).members()).as("too many to keep").isNull();
            } finally {
                sizes.keepAtMost(SegmentSizes.KEPT_MEMBERS);
            }
        }
        assertThat(sizes.members(run, "nope")).isEmpty();
    }
}

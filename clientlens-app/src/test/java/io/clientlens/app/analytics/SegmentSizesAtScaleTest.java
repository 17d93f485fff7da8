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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segment sizes over about 100,000 customers: the Berka run copied 19 times under new customer ids
 * (classifying 100,000 generated customers would take far longer than the count under test).
 */
class SegmentSizesAtScaleTest extends PostgresTest {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentSizesAtScaleTest.class);
    static final int COPIES = 19;

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    SegmentRuleStore store;
    @Autowired
    SegmentSizes sizes;

    @Test
    void sizesOfAHundredThousandCustomersTakeAFewSecondsAndAreCachedPerRunAndRules() {
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        long run = runs.run(null, Progress.NONE).runId();
        jdbc.update("insert into classification (run_id, customer_id, codes, features, dimensions) "
                + "select run_id, customer_id || '-' || n, codes, features, dimensions from classification, generate_series(1, ?) n "
                + "where run_id = ?", COPIES - 1, run);
        long customers = jdbc.queryForObject("select count(*) from classification where run_id = ?", Long.class, run);
        assertThat(customers).isGreaterThan(100_000);
        store.save(new SegmentRule("core", Label.of("核心", "Core"), 1, "dimensions.valueClass == \"CORE\"", 0));
        store.save(new SegmentRule("rich-active", Label.of("高资产活跃", "Rich and active"), 2,
                "features.aum >= 50000.0 && features.activityCount365 > 10", 0));
        store.save(new SegmentRule("card", Label.of("有卡", "Card"), 3, "\"CARD\" in features.productTypesHeld", 0));

        long read = System.nanoTime();
        jdbc.query("select customer_id, codes::text, features::text from classification where run_id = ?", rs -> {
        }, run);
        long readMillis = (System.nanoTime() - read) / 1_000_000;
        SegmentSizes.Sizes first = sizes.of(run);
        // the baseline says how much of the time is PostgreSQL and the transfer, how much parsing and CEL
        LOG.info("segment sizes of {} customers: {} ms (reading the rows alone: {} ms)", customers, first.millis(), readMillis);
        Map<String, Long> counted = first.sizes().stream().collect(Collectors.toMap(s -> s.rule().name(), SegmentSizes.Size::customers));
        assertThat(counted).containsEntry("core", count(run, "codes->>'valueClass' = 'CORE'"))
                .containsEntry("rich-active", count(run, "(features->>'aum')::numeric >= 50000 and (features->>'activityCount365')::int > 10"))
                .containsEntry("card", count(run, "(features->'productTypesHeld')::jsonb @> '[\"CARD\"]'"));
        // a few seconds on a developer machine; the bound leaves room for a busy build server
        assertThat(first.millis()).isLessThan(20_000);

        long start = System.nanoTime();
        assertThat(sizes.of(run)).isSameAs(first);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }

    private long count(long run, String condition) {
        return jdbc.queryForObject("select count(*) from classification where run_id = ? and " + condition, Long.class, run);
    }
}

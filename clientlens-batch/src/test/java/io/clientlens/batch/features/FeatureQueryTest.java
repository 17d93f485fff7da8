package io.clientlens.batch.features;

import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one feature definition written out per engine: every placeholder filled, every engine-specific
 * function spelled the engine's way (nested calls included), the windows as dates.
 */
class FeatureQueryTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @ParameterizedTest
    @EnumSource(FeatureQuery.Dialect.class)
    void everyPlaceholderAndFunctionIsWrittenOut(FeatureQuery.Dialect dialect) {
        String sql = FeatureQuery.select(dialect, FeatureQuery.Inputs.genericLayout("c.ordinal,"), AS_OF, PolicyYaml.defaults());
        assertThat(sql).doesNotContain("${").doesNotContain("--");
        for (String function : new String[] {"days(", "idiv(", "last_by(", "distinct_list(", "nonnull_list(", "concat_lists(",
                "empty_list("}) {
            assertThat(sql).as(function).doesNotContainPattern("(?<![A-Za-z_])" + java.util.regex.Pattern.quote(function));
        }
        assertThat(sql).contains("DATE '2026-09-30'").contains("DATE '2025-10-01'"); // 365-day window: as-of − 364
    }

    @Test
    void eachEngineHasItsSpelling() {
        String pg = FeatureQuery.select(FeatureQuery.Dialect.POSTGRESQL, FeatureQuery.Inputs.DATABASE, AS_OF, PolicyYaml.defaults());
        String duck = FeatureQuery.select(FeatureQuery.Dialect.DUCKDB, FeatureQuery.Inputs.genericLayout("c.ordinal,"), AS_OF,
                PolicyYaml.defaults());
        String spark = FeatureQuery.select(FeatureQuery.Dialect.SPARK, FeatureQuery.Inputs.genericLayout("c.ordinal,"), AS_OF,
                PolicyYaml.defaults());
        assertThat(pg).contains("(array_agg(balance order by txn_date desc, seq desc))[1]").contains("from txn t")
                .contains("array_remove(array[case when");
        assertThat(duck).contains("arg_max_null(balance, (txn_date, seq))").contains("from in_transactions")
                .contains("list_concat(list_filter([case when");
        assertThat(spark).contains("max_by(balance, struct(txn_date, seq))").contains("datediff(DATE '2026-09-30', lt.first_opened)")
                .contains("floor((coalesce(nt.outstanding_pico, 0) + 5000000000) / (10000000000))");
    }

    @Test
    void anEmptyListMatchesNothing() {
        String policy = PolicyYaml.defaultText().replaceFirst("(?m)^(\\s*)feeCategories: \\[[^]]*]", "$1feeCategories: []");
        String sql = FeatureQuery.select(FeatureQuery.Dialect.DUCKDB, FeatureQuery.Inputs.genericLayout(""), AS_OF,
                PolicyYaml.parse(policy, "test"));
        assertThat(sql).contains("coalesce(t.category in (null), false) as fee");
    }

    @ParameterizedTest
    @EnumSource(FeatureQuery.Dialect.class)
    void aPartOfTheColumnsKeepsTheirExpressionsAndOnlyWhatTheyRead(FeatureQuery.Dialect dialect) {
        FeatureQuery.Inputs inputs = FeatureQuery.Inputs.genericLayout("c.ordinal,");
        String full = FeatureQuery.select(dialect, inputs, AS_OF, PolicyYaml.defaults());
        String part = FeatureQuery.select(dialect, inputs, AS_OF, PolicyYaml.defaults(),
                java.util.List.of("linked_accounts", "aum", "cash_amount", "cross_border_count"));

        // the kept columns are the full query's own expressions
        for (String column : new String[] {"cast(coalesce(lt.linked, 0) as integer) as linked_accounts",
                "cast(coalesce(ot.cross_border_count, 0) as integer) as cross_border_count", "c.customer_id", "c.ordinal"}) {
            assertThat(full).contains(column);
            assertThat(part).contains(column);
        }
        String select = part.substring(part.lastIndexOf("\nselect "), part.lastIndexOf("\nfrom "));
        assertThat(select).doesNotContain("loan_outstanding", "product_types", "tenure_days", "imported_contribution",
                "credit_amount", "nt.", "ch.", "iv.");
        // the loans, cards and investment spans are not computed at all; the holdings are (held amount in the AUM)
        assertThat(part).doesNotContain("in_loans", "in_cards", "granted_loans", "loan_totals", "card_holders",
                "investment_spans").contains("in_transactions", "holding_totals", "link_totals");
    }

    @Test
    void aColumnNotInTheFeaturesIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeatureQuery.select(FeatureQuery.Dialect.DUCKDB,
                        FeatureQuery.Inputs.genericLayout(""), AS_OF, PolicyYaml.defaults(), java.util.List.of("aum", "amlRisk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amlRisk");
    }
}

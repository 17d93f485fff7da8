package io.clientlens.app.importing;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident ID that an import gives to a second customer is a problem line naming both; strict imports refuse it. */
class SharedResidentIdImportTest extends PostgresTest {
    static final String ID = "11010519491231002X";

    @Autowired
    Imports imports;

    private static Profile customer(String customerId, String residentId) {
        return Profile.builder(customerId).name("王小明").residentId(residentId).branch("BR001").relationshipManager("RM01").build();
    }

    @Test
    void aSharedIdWithinOneFileIsReportedAndAStrictImportStoresNothing() {
        Imports.Result strict = imports.load(sink -> {
            sink.customer(customer("C1", ID));
            sink.customer(customer("C2", ID));
            sink.customer(customer("C3", "110105194912310029"));
        }, true);
        assertThat(strict.stored()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isZero();
        assertThat(strict.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.column()).isEqualTo("residentId");
            assertThat(issue.reason()).contains("customer C2", "customer C1", "1101*************X", "客户 C2")
                    .doesNotContain(ID);
        });

        Imports.Result lenient = imports.load(sink -> {
            sink.customer(customer("C1", ID));
            sink.customer(customer("C2", ID));
        }, false);
        assertThat(lenient.stored()).isTrue();
        assertThat(lenient.issues()).extracting(ImportIssue::column).containsExactly("residentId");
    }

    @Test
    void anIdAlreadyHeldByAStoredCustomerIsReportedOnceAndAnUnchangedReimportIsQuiet() {
        imports.load(sink -> sink.customer(customer("C1", ID)), false);
        List<ImportIssue> issues = imports.load(sink -> sink.customer(customer("C9", ID)), false).issues();
        assertThat(issues).singleElement().satisfies(issue ->
                assertThat(issue.reason()).contains("customer C9", "is also that of customer C1"));
        assertThat(imports.load(sink -> sink.customer(customer("C5", "110105194912310029")), false).issues()).isEmpty();
        assertThat(imports.load(sink -> sink.customer(customer("C9", ID)), false).issues()).as("unchanged").isEmpty();
    }
}

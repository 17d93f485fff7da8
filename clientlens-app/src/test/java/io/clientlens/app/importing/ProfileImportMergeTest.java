package io.clientlens.app.importing;

import io.clientlens.app.customer.ProfileFileRows;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.profile.ProfileFiles;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Income;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing into stored customers adds and updates facts and never removes one: a file with some of the columns
 * changes those and keeps everything else, down to the other fields of a group; a masked name and a customer given
 * twice are problem lines, not silent changes.
 */
class ProfileImportMergeTest extends PostgresTest {
    static final String RESIDENT_ID = "11010519491231002X";

    @Autowired
    Imports imports;

    @TempDir
    Path dir;

    private void storeFullProfiles() {
        imports.load(sink -> {
            sink.customer(Profile.builder("C1").name("王小明").residentId(RESIDENT_ID).mobile("13800138000").branch("BR001")
                    .relationshipManager("RM01").income(new Income(new BigDecimal("300000"), new BigDecimal("50000"), null, null))
                    .build());
            sink.customer(Profile.builder("K1").type(CustomerType.CORPORATE).name("北京某某科技有限公司").branch("BR002")
                    .relationshipManager("RM02").build());
        }, false);
    }

    /** Reads a CSV file as the import commands do, storing the rows without problems; returns the problems. */
    private List<ImportIssue> importCsv(String content) throws IOException {
        Path file = dir.resolve("customers-" + System.nanoTime() + ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ProfileFileRows rows = new ProfileFileRows(file.toString(), new BigDecimal("10000000000000"));
        return imports.load(sink -> ProfileFiles.readLocated(file, (profile, line) -> {
            List<ImportIssue> problems = rows.issues(line, profile);
            if (problems.isEmpty()) {
                sink.customer(profile);
            } else {
                problems.forEach(sink::issue);
            }
        }, sink::issue), false).issues();
    }

    private Map<String, Object> row(String id) {
        return jdbc.queryForMap("select customer_type, branch_id, relationship_manager, profile->>'name' as name, "
                + "profile->>'residentId' as resident_id, profile->>'mobile' as mobile, profile->'income'->>'salary' as salary, "
                + "profile->'income'->>'business' as business from customer where customer_id = ?", id);
    }

    @Test
    void aFileWithSomeColumnsChangesThoseAndKeepsEverythingElse() throws IOException {
        storeFullProfiles();
        assertThat(importCsv("customerId,mobile\nC1,13900139000\nK1,13700137000\n")).isEmpty();
        assertThat(row("C1")).containsEntry("mobile", "13900139000").containsEntry("name", "王小明")
                .containsEntry("resident_id", RESIDENT_ID).containsEntry("branch_id", "BR001").containsEntry("relationship_manager", "RM01")
                .containsEntry("customer_type", "INDIVIDUAL");
        assertThat(new BigDecimal((String) row("C1").get("salary"))).isEqualByComparingTo("300000");
        assertThat(row("K1")).containsEntry("customer_type", "CORPORATE").containsEntry("branch_id", "BR002")
                .containsEntry("name", "北京某某科技有限公司").containsEntry("mobile", "13700137000");

        // one field of a group: the group's other fields stay
        assertThat(importCsv("customerId,income.salary\nC1,360000\n")).isEmpty();
        assertThat(new BigDecimal((String) row("C1").get("salary"))).isEqualByComparingTo("360000");
        assertThat(new BigDecimal((String) row("C1").get("business"))).isEqualByComparingTo("50000");

        // the same file again changes nothing
        long changes = jdbc.queryForObject("select count(*) from audit_record where kind = 'PROFILE_CHANGE'", Long.class);
        assertThat(importCsv("customerId,income.salary\nC1,360000\n")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where kind = 'PROFILE_CHANGE'", Long.class)).isEqualTo(changes);
    }

    @Test
    void aMaskedNameAndACustomerGivenTwiceAreProblemLines() throws IOException {
        storeFullProfiles();
        List<ImportIssue> issues = importCsv("customerId,name,mobile\nC1,王*,13900139000\nN1,李四,13600136000\nN1,李五,13600136001\n");
        assertThat(issues).extracting(i -> i.line() + ":" + i.column()).containsExactly("2:name", "4:customerId");
        assertThat(issues.get(0).reason()).contains("masked value", "脱敏");
        assertThat(issues.get(1).reason()).contains("already on line 3", "第 3 行");
        assertThat(row("C1")).containsEntry("name", "王小明").containsEntry("mobile", "13800138000");
        assertThat(jdbc.queryForObject("select profile->>'name' from customer where customer_id = 'N1'", String.class)).isEqualTo("李四");
    }

    @Test
    void aListTheFileLeavesOutIsKeptThoughTheProfileAlwaysHoldsOne() throws IOException {
        storeFullProfiles();
        assertThat(importCsv("customerId,investment.years,investment.productTypes\nC1,3,FUND;STOCK\n")).isEmpty();
        assertThat(importCsv("customerId,corporate.size,owner1.name,owner1.share\nK1,SMALL,张伟,0.6\n")).isEmpty();

        // a file with another field of the same group: the product types and the beneficial owners stay
        assertThat(importCsv("customerId,investment.years\nC1,5\n")).isEmpty();
        assertThat(importCsv("customerId,corporate.size\nK1,MEDIUM\n")).isEmpty();
        assertThat(jdbc.queryForObject("select profile->'investmentHistory'->>'years' || ' ' || "
                + "(profile->'investmentHistory'->'productTypes')::text from customer where customer_id = 'C1'", String.class))
                .isEqualTo("5 [\"FUND\", \"STOCK\"]");
        assertThat(jdbc.queryForObject("select profile->'corporate'->>'size' || ' ' || "
                + "jsonb_array_length(profile->'corporate'->'beneficialOwners') from customer where customer_id = 'K1'", String.class))
                .isEqualTo("MEDIUM 1");
    }
}

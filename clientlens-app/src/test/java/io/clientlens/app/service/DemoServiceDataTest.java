package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's first start gives the demo RM a day's work that a banker recognises: risk assessments whose answers agree
 * with the birth dates on file, contacts and AML reviews on record, so that nothing is decades overdue.
 */
class DemoServiceDataTest extends PostgresTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Autowired
    DemoServiceData demo;

    @BeforeEach
    void base() {
        ServiceData data = new ServiceData(jdbc);
        // RM01's book, in customer-id order: D00 is assessed (index 0), D01 gets an expired assessment (index 1)
        data.customer("D00", "BR001", "RM01", LocalDate.of(1981, 3, 11), "F", null); // 44 on the day of the assessment
        data.customer("D01", "BR001", "RM01", LocalDate.of(1950, 1, 2), "M", null); // 75
        data.customer("D02", "BR001", "RM01", LocalDate.of(1990, 5, 5), "F", null);
        data.customer("D03", "BR001", "RM01", LocalDate.of(1985, 7, 7), "M", null); // index 3: never contacted…
        data.customer("D04", "BR001", "RM01", LocalDate.of(2012, 1, 1), "F", null); // index 4: …and so on
        data.customer("D05", "BR001", "RM01", LocalDate.of(1970, 2, 2), "M", null);
        data.customer("D06", "BR001", "RM01", LocalDate.of(1975, 3, 3), "F", null);
        data.customer("D07", "BR001", "RM01", LocalDate.of(1988, 4, 4), "M", null); // index 7: joined this year
        data.customer("E01", "BR002", "RM02", LocalDate.of(1960, 6, 6), "M", null);
        data.customer("E02", "BR002", "RM02", LocalDate.of(1979, 8, 8), "F", null);
        data.customer("E03", "BR002", "RM03", LocalDate.of(1992, 9, 9), "M", null);
        for (String id : List.of("D00", "D01", "D02", "D03", "D04", "D05", "D06", "E01", "E02", "E03")) {
            account(id, LocalDate.of(2001, 6, 15)); // a relationship of 25 years
        }
        account("D07", AS_OF.minusDays(100));
        long run = data.run(AS_OF);
        String[] classes = {"A", "B", "C"};
        String[] ratings = {"LOW", "MEDIUM", "HIGH"};
        List<String> all = List.of("D00", "D01", "D02", "D03", "D04", "D05", "D06", "D07", "E01", "E02", "E03");
        for (int i = 0; i < all.size(); i++) {
            String id = all.get(i);
            int tenure = id.equals("D07") ? 100 : (int) ChronoUnit.DAYS.between(LocalDate.of(2001, 6, 15), AS_OF);
            data.classified(run, id, classes[i % 3], "MASS", "NO", "10000", tenure);
            jdbc.update("update classification set codes = codes || jsonb_build_object('amlRisk', ?) where customer_id = ?",
                    ratings[i % 3], id);
        }
        data.finish(run);
        jdbc.update("delete from service_refresh where customer_id is not null");
    }

    private void account(String customerId, LocalDate opened) {
        jdbc.update("insert into account (account_id, opened) values (?, ?)", "A" + customerId, opened);
        jdbc.update("insert into account_link (link_id, customer_id, account_id, role) values (?, ?, ?, 'OWNER')",
                "L" + customerId, customerId, "A" + customerId);
    }

    @Test
    void assessesWithTheAgeBandOfTheBirthDateOnFile() {
        assertThat(demo.prepare()).isPresent();
        List<Map<String, Object>> assessed = jdbc.queryForList(
                "select customer_id, answers->'age'->>0 as age, channel from assessment order by customer_id");
        // index 0 and 5 assessed 11 months ago (44 and 56 then), index 1 a year and two weeks ago (75); D04 is a minor
        assertThat(assessed).extracting(r -> r.get("customer_id") + ":" + r.get("age") + ":" + r.get("channel"))
                .containsExactly("D00:41-50:BRANCH", "D01:70+:BRANCH", "D05:51-60:BRANCH");
    }

    @Test
    void nothingIsDecadesOverdue() {
        demo.prepare();
        Map<String, LocalDate> lastContact = new java.util.HashMap<>();
        jdbc.query("select customer_id, max(occurred_on) from interaction_note group by customer_id",
                rs -> {
                    lastContact.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        // everyone but the customer who joined this year has a contact on record, within the last year
        assertThat(lastContact).doesNotContainKey("D07").hasSize(10);
        assertThat(lastContact.values()).allSatisfy(d -> assertThat(d).isBetween(AS_OF.minusYears(1), AS_OF.minusDays(3)));
        // every rated customer has a review on record, the next one due from a month ago to a full period ahead
        List<Map<String, Object>> reviews = jdbc.queryForList("select customer_id, reviewed_on, rating from aml_review");
        assertThat(reviews).hasSize(11).allSatisfy(r -> {
            LocalDate on = ((java.sql.Date) r.get("reviewed_on")).toLocalDate();
            int months = switch ((String) r.get("rating")) {
                case "LOW" -> 36;
                case "MEDIUM" -> 12;
                default -> 6;
            };
            assertThat(on.plusMonths(months)).isBetween(AS_OF.minusMonths(1).minusDays(1), AS_OF.plusMonths(months));
        });
        List<LocalDate> due = jdbc.queryForList("select due_on from service_task where kind in ('CONTACT_PLAN', 'AML_REVIEW')",
                LocalDate.class);
        assertThat(due).isNotEmpty().allSatisfy(d -> assertThat(d).isAfter(AS_OF.minusYears(1)));
        // a second start adds nothing
        int notes = jdbc.queryForObject("select count(*) from interaction_note", Integer.class);
        demo.prepare();
        assertThat(jdbc.queryForObject("select count(*) from interaction_note", Integer.class)).isEqualTo(notes);
    }
}

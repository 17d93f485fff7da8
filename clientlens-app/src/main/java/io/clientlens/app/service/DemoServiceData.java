package io.clientlens.app.service;

import io.clientlens.app.customer.InteractionNotes;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.batch.questionnaire.AnswerSheet;
import io.clientlens.questionnaire.Answers;
import io.clientlens.policy.Policy;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What {@code demo} adds so that the demo RM (RM01) has a day's work (docs/SERVICE.md "Demo"): branch risk assessments
 * recorded eleven months and more before the business date, so that some expire within 30 days and a few have
 * expired; recent interaction notes for some customers and an old one for others, so that contact plans are partly
 * met and partly past due; for everyone else, the contacts and periodic AML reviews a bank would have on record before
 * it starts with ClientLens. Added once, on the first start; then the tasks of every customer are computed.
 */
@Component
public class DemoServiceData {
    static final String RM = "RM01";
    private static final Actor DEMO_RM = new Actor("demo.rm", Role.RM);

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final InteractionNotes notes;
    private final TaskGeneration generation;
    private final Policy policy;

    DemoServiceData(JdbcClient jdbc, Assessments assessments, InteractionNotes notes, TaskGeneration generation, Policy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.assessments = assessments;
        this.notes = notes;
        this.generation = generation;
    }

    /** Seeds the demo records when there are none, then computes every customer's tasks; empty when there is no run yet. */
    public Optional<TaskGeneration.Generated> prepare() {
        Optional<LocalDate> asOf = jdbc.sql("select as_of from classification_run where status = 'DONE' order by run_id desc limit 1")
                .query(LocalDate.class).optional();
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        // Interaction notes only: the generated base brings risk assessments of its own, so that "no assessment" would
        // never hold on its first start.
        boolean empty = jdbc.sql("select not exists (select 1 from interaction_note)").query(Boolean.class).single();
        if (empty) {
            seed(asOf.get());
        }
        boolean computed = jdbc.sql("select exists (select 1 from service_generation where scope = 'ALL')").query(Boolean.class).single();
        return empty || !computed || generation.everyoneQueued() ? Optional.of(generation.everyone()) : Optional.empty();
    }

    private void seed(LocalDate asOf) {
        List<BookEntry> book = jdbc.sql("select c.customer_id, (" + RELATIONSHIP_SINCE + "), "
                        + "case when c.profile->>'birthDate' ~ '^\\d{4}-\\d{2}-\\d{2}$' then cast(c.profile->>'birthDate' as date) end "
                        + "from customer c where c.relationship_manager = :rm order by c.customer_id")
                .param("rm", RM).query((rs, row) -> new BookEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).list();
        for (int i = 0; i < book.size(); i++) {
            BookEntry customer = book.get(i);
            if (i % 5 == 0) {
                // expiring within the next 30 days: assessed 12 months before as-of, plus 3 to 27 days
                assess(customer, asOf.minusMonths(12).plusDays(3 + (i * 7L) % 25));
            } else if (i % 10 == 1) {
                // expired two to four weeks ago
                assess(customer, asOf.minusMonths(12).minusDays(14 + i % 14));
            }
            switch (i % 4) {
                // contacted recently: the contact plan is met
                case 0 -> note(customer.customerId(), asOf.minusDays(3 + i % 20), "CALL", "电话回访，客户对理财到期安排无异议。");
                // contacted some weeks ago: past due for class A only
                case 1 -> note(customer.customerId(), asOf.minusDays(35 + i % 50), "MESSAGE", "短信告知新发理财产品。");
                // contacted long ago: the plan is past due for classes A and B
                case 2 -> note(customer.customerId(), asOf.minusDays(120 + i % 60), "VISIT", "上门拜访，了解家庭保障需求。");
                default -> {
                    // Never contacted, as a customer who joined this year can be. A bank does not go twenty years without
                    // contacting a customer: an older relationship last heard from the bank seven to twelve months ago,
                    // past due for every class by weeks or months rather than decades.
                    if (customer.since() != null && customer.since().isBefore(asOf.minusYears(1))) {
                        note(customer.customerId(), asOf.minusDays(200 + i % 160), "VISIT", "网点面谈，提醒客户更新联系方式。");
                    }
                }
            }
        }
        historyBeforeGoLive(asOf);
    }

    /** The opening day of the customer's first own account (the start of the relationship), for customer {@code c}. */
    private static final String RELATIONSHIP_SINCE = "select min(a.opened) from account_link l join account a using (account_id) "
            + "where l.customer_id = c.customer_id and l.role = 'OWNER'";

    private record BookEntry(String customerId, LocalDate since, LocalDate birthDate) {
    }

    /**
     * The history a bank brings along when it starts with ClientLens, for every customer outside RM01's book (whose
     * mix is set above): the last contact 3 to 242 days before the business date, and the last periodic AML review
     * up to one review period and a month ago. Without it every customer would be decades overdue for both, as no
     * contact or review would be on record since the relationship began. Neither is dated before the relationship
     * began. Spread by the customer's place in the book, so that the demo is the same on every machine.
     */
    private void historyBeforeGoLive(LocalDate asOf) {
        jdbc.sql("""
                        insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role)
                        select customer_id, (array['VISIT', 'CALL', 'MESSAGE'])[n %% 3 + 1],
                               greatest(since, cast(:asOf as date) - (n * 37 %% 240 + 3)),
                               (array['上门拜访，介绍理财产品。', '电话回访，了解资金安排。', '短信问候。'])[n %% 3 + 1],
                               coalesce(relationship_manager, 'demo.sales'),
                               case when relationship_manager is null then 'SALES' else 'RM' end
                        from (select c.customer_id, c.relationship_manager, (%s) as since,
                                     cast(row_number() over (order by c.customer_id) as int) as n
                              from customer c where c.relationship_manager is distinct from :rm) t"""
                        .formatted(RELATIONSHIP_SINCE))
                .param("asOf", asOf).param("rm", RM).update();
        for (String rating : List.of("LOW", "MEDIUM", "HIGH")) {
            Integer months = policy.aml().dueDiligence().monthsFor(rating);
            if (months == null) {
                continue;
            }
            // next review = the last one plus the period: from a month overdue to a full period ahead
            int spread = (int) ChronoUnit.DAYS.between(asOf.minusMonths(months).minusMonths(1), asOf) + 1;
            jdbc.sql("""
                            insert into aml_review (customer_id, reviewed_on, rating, reviewer, note)
                            select customer_id, greatest(since, cast(:asOf as date) - (n * 53 %% :spread)), :rating,
                                   'demo.compliance', null
                            from (select c.customer_id, (%s) as since, cast(row_number() over (order by c.customer_id) as int) as n
                                  from customer c join classification cl on cl.customer_id = c.customer_id
                                  where cl.run_id = (select max(run_id) from classification_run where status = 'DONE')
                                    and cl.codes->>'amlRisk' = :rating) t"""
                            .formatted(RELATIONSHIP_SINCE))
                    .param("asOf", asOf).param("spread", spread).param("rating", rating).update();
        }
    }

    /** A balanced investor's answers, the age question answered as the birth date on file says (the check refuses others). */
    private void assess(BookEntry customer, LocalDate on) {
        int age = customer.birthDate() == null ? 35 : Period.between(customer.birthDate(), on).getYears();
        if (age < 18) {
            return; // a minor takes no risk assessment
        }
        Answers answers = Answers.of("age", ageBand(age), "income", "300k-1m", "share", "10-25", "experience", "funds",
                "horizon", "3-10", "objective", "balanced", "knowledge", "good", "loss", "5-20", "fall", "hold", "return", "5-10");
        assessments.assess(customer.customerId(), new AnswerSheet("risk-tolerance-v1", answers), "branch", on.atTime(10, 30),
                QuestionnaireKind.RISK_TOLERANCE, DEMO_RM);
    }

    /** The option of the risk tolerance questionnaire's age question that holds {@code age} (18 or older). */
    static String ageBand(int age) {
        return age <= 30 ? "18-30" : age <= 40 ? "31-40" : age <= 50 ? "41-50" : age <= 60 ? "51-60" : age <= 69 ? "61-69" : "70+";
    }

    private void note(String customerId, LocalDate on, String kind, String text) {
        notes.add(customerId, new InteractionNotes.NewNote(kind, on.toString(), text), "demo.rm", "RM");
    }
}

package io.clientlens.app.service;

import io.clientlens.app.customer.InteractionNotes;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.batch.questionnaire.AnswerSheet;
import io.clientlens.questionnaire.Answers;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@code demo} adds so that the demo RM (RM01) has a day's work (docs/SERVICE.md "Demo"): branch risk assessments
 * recorded eleven months and more before the business date, so that some expire within 30 days and a few have
 * expired; recent interaction notes for some customers and an old one for others, so that contact plans are partly
 * met and partly past due. Added once, on the first start; then the tasks of every customer are computed.
 */
@Component
public class DemoServiceData {
    static final String RM = "RM01";
    private static final Actor DEMO_RM = new Actor("demo.rm", Role.RM);
    private static final Answers BALANCED = Answers.of("age", "31-40", "income", "300k-1m", "share", "10-25", "experience", "funds",
            "horizon", "3-10", "objective", "balanced", "knowledge", "good", "loss", "5-20", "fall", "hold", "return", "5-10");

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final InteractionNotes notes;
    private final TaskGeneration generation;

    DemoServiceData(JdbcClient jdbc, Assessments assessments, InteractionNotes notes, TaskGeneration generation) {
        this.jdbc = jdbc;
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
        boolean empty = jdbc.sql("select not exists (select 1 from assessment) and not exists (select 1 from interaction_note)")
                .query(Boolean.class).single();
        if (empty) {
            seed(asOf.get());
        }
        boolean computed = jdbc.sql("select exists (select 1 from service_generation where scope = 'ALL')").query(Boolean.class).single();
        return empty || !computed || generation.everyoneQueued() ? Optional.of(generation.everyone()) : Optional.empty();
    }

    private void seed(LocalDate asOf) {
        List<String> book = jdbc.sql("select customer_id from customer where relationship_manager = :rm order by customer_id")
                .param("rm", RM).query(String.class).list();
        for (int i = 0; i < book.size(); i++) {
            String id = book.get(i);
            switch (i % 5) {
                // expiring within the next 30 days: assessed 12 months before as-of, plus 3 to 27 days
                case 0 -> assess(id, asOf.minusMonths(12).plusDays(3 + (i * 7L) % 25));
                // expired two to four weeks ago
                case 1 -> {
                    if (i % 10 == 1) {
                        assess(id, asOf.minusMonths(12).minusDays(14 + i % 14));
                    }
                }
                // contacted recently: the contact plan is met
                case 2 -> note(id, asOf.minusDays(3 + i % 20), "CALL", "电话回访，客户对理财到期安排无异议。");
                // contacted long ago: the plan is past due for classes A and B
                case 3 -> note(id, asOf.minusDays(120 + i % 60), "VISIT", "上门拜访，了解家庭保障需求。");
                default -> {
                    // never contacted since the relationship began
                }
            }
        }
    }

    private void assess(String customerId, LocalDate on) {
        assessments.assess(customerId, new AnswerSheet("risk-tolerance-v1", BALANCED), "branch", on.atTime(10, 30),
                QuestionnaireKind.RISK_TOLERANCE, DEMO_RM);
    }

    private void note(String customerId, LocalDate on, String kind, String text) {
        notes.add(customerId, new InteractionNotes.NewNote(kind, on.toString(), text), "demo.rm", "RM");
    }
}

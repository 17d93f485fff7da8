package io.clientlens.app.suitability;

import io.clientlens.batch.json.Json;
import io.clientlens.app.refusal.Refused;
import io.clientlens.app.clock.Now;
import io.clientlens.app.security.Actors;
import io.clientlens.app.audit.AuditEntry;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.batch.questionnaire.AnswerSheet;
import io.clientlens.classify.Reason;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.clientlens.policy.Policy;
import io.clientlens.questionnaire.AnswersRejected;
import io.clientlens.questionnaire.Assessed;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.PersonaAssessed;
import io.clientlens.questionnaire.Questionnaire;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.questionnaire.RiskLevel;
import io.clientlens.questionnaire.RiskToleranceAssessed;
import io.clientlens.questionnaire.Scoring;
import io.clientlens.staff.Actor;
import io.clientlens.suitability.Action;
import io.clientlens.suitability.RiskAssessmentOnFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recording assessments (docs/SUITABILITY.md): validated, scored, stored with everything needed to explain them, audited. */
@Service
public class Assessments {
    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final Customers customers;
    private final AuditTrail audit;
    private final Policy policy;
    private final Now now;

    Assessments(JdbcClient jdbc, Questionnaires questionnaires, Customers customers, AuditTrail audit, Policy policy, Now now) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.customers = customers;
        this.audit = audit;
        this.policy = policy;
        this.now = now;
    }

    /**
     * Scores and stores one assessment. {@code expectedKind} is the kind the caller asked for (the CLI's
     * {@code assess risk}); null accepts any. Nothing is stored when anything is wrong.
     */
    @Transactional
    public AssessmentView assess(String customerId, AnswerSheet sheet, String channelText, LocalDateTime at,
                                      QuestionnaireKind expectedKind, Actor actor) {
        Actors.require(actor, Action.ADVISE);
        if (!customers.exists(customerId)) {
            throw new NotFound("customer", customerId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Channel channel = Channel.parse(channelText).orElse(null);
        if (channel == null) {
            problems.add(new FieldProblem("channel", "请选择评估渠道：网点面对面（branch）、网上（online）或电话（phone）",
                    "expected branch, online or phone"
                    + (channelText == null ? "" : ", found '" + channelText + "'")));
        }
        Questionnaire q = questionnaires.find(sheet.questionnaireId()).map(Questionnaires.Stored::questionnaire).orElse(null);
        if (q == null) {
            problems.add(new FieldProblem("questionnaire", "没有问卷“" + sheet.questionnaireId() + "”",
                    "no questionnaire '" + sheet.questionnaireId() + "'; see questionnaire list"));
        } else if (expectedKind != null && q.kind() != expectedKind) {
            problems.add(new FieldProblem("questionnaire", "问卷 " + q.id() + " 是“" + q.kind().label().zh() + "”，不是“"
                    + expectedKind.label().zh() + "”", q.id() + " is a " + q.kind().label().en() + " questionnaire, not "
                    + expectedKind.label().en()));
        }
        if (q != null && Scoring.assess(q, sheet.answers()) instanceof AnswersRejected rejected) {
            problems.addAll(rejected.problems());
        }
        LocalDateTime when = at == null ? now.get() : at;
        if (q != null) { // with the other problems, so that one sending back shows them all
            io.clientlens.questionnaire.AgeAnswer.check(q, sheet.answers(), birthDate(customerId), when.toLocalDate()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (q.kind() == QuestionnaireKind.RISK_TOLERANCE) {
            refuseSecondOnTheSameDay(customerId, when.toLocalDate());
        }
        Assessed assessed = Scoring.assess(q, sheet.answers());
        Map<String, Object> result = result(assessed);
        int score = assessed instanceof RiskToleranceAssessed r ? r.score() : ((PersonaAssessed) assessed).score();
        String code = assessed instanceof RiskToleranceAssessed r ? r.level().name() : ((PersonaAssessed) assessed).code();
        long id = jdbc.sql("""
                        insert into assessment (customer_id, questionnaire_id, kind, answers, score, result_code, result, channel,
                                                recorded_by, recorded_role, assessed_at, assessed_on, policy_version)
                        values (:c, :q, :kind, cast(:answers as jsonb), :score, :code, cast(:result as jsonb), :channel,
                                :by, :role, :at, :on, :policy) returning assessment_id""")
                .param("c", customerId).param("q", q.id()).param("kind", q.kind().name())
                .param("answers", Json.write(sheet.answers().chosen())).param("score", score).param("code", code)
                .param("result", Json.write(result)).param("channel", channel.name())
                .param("by", actor.user()).param("role", actor.role().name()).param("at", when).param("on", when.toLocalDate())
                .param("policy", policy.version()).query(Long.class).single();
        List<Reason> reasons = new ArrayList<>();
        if (assessed instanceof RiskToleranceAssessed r) {
            reasons.addAll(r.reasons());
            reasons.addAll(r.flags());
        } else {
            reasons.addAll(((PersonaAssessed) assessed).reasons());
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("answers", sheet.answers().chosen());
        inputs.put("channel", channel.name());
        inputs.put("score", score);
        audit.append(new AuditEntry("ASSESSMENT", now.get(), actor, customerId, "assessment:" + id, code,
                policy.version(), q.id(), inputs, reasons));
        return view(id).orElseThrow();
    }

    /** The birth date of the stored profile, if it has a valid one. */
    private LocalDate birthDate(String customerId) {
        String text = jdbc.sql("select profile->>'birthDate' from customer where customer_id = :c").param("c", customerId)
                .query(String.class).optional().orElse(null);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private void refuseSecondOnTheSameDay(String customerId, LocalDate day) {
        int already = jdbc.sql("select count(*) from assessment where customer_id = :c and kind = 'RISK_TOLERANCE' and assessed_on = :d")
                .param("c", customerId).param("d", day).query(Integer.class).single();
        if (already > 0) {
            throw Refused.conflict("oneRiskAssessmentPerDay", Label.of("客户 " + customerId + " 在 " + day
                    + " 已做过风险承受能力评估：每位客户每天最多评估一次，请改日再评", "Customer " + customerId
                    + " was already assessed for risk tolerance on " + day + ": at most one assessment per customer per day"));
        }
    }

    /** The stored result document of a scored assessment (level, attitude, winners, points, reasons, flags). */
    public static Map<String, Object> result(Assessed assessed) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (assessed instanceof RiskToleranceAssessed r) {
            m.put("riskLevel", r.level().name());
            m.put("label", label(r.level().label()));
            m.put("riskAttitude", r.attitude().name());
            m.put("attitudeLabel", label(r.attitude().label()));
            m.put("scoreLevel", r.scoreLevel().name());
            m.put("capped", r.capped());
            m.put("reasons", reasons(r.reasons()));
            m.put("flags", reasons(r.flags()));
        } else if (assessed instanceof PersonaAssessed p) {
            m.put("code", p.code());
            m.put("tie", p.tie());
            m.put("winners", p.winners().stream().map(w -> {
                Map<String, Object> wm = new LinkedHashMap<>();
                wm.put("code", w.name());
                wm.put("label", label(w.label()));
                wm.put("traits", label(w.traits()));
                wm.put("approach", label(w.approach()));
                return wm;
            }).toList());
            m.put("points", new LinkedHashMap<>(p.points()));
            m.put("reasons", reasons(p.reasons()));
        }
        return m;
    }

    static Map<String, String> label(Label l) {
        return Map.of("zh", l.zh(), "en", l.en());
    }

    static List<Map<String, String>> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("rule", r.rule());
            m.put("zh", r.zh());
            m.put("en", r.en());
            return m;
        }).toList();
    }

    public java.util.Optional<AssessmentView> view(long id) {
        return jdbc.sql("""
                        select assessment_id, customer_id, questionnaire_id, kind, score, result_code, result::text, channel,
                               recorded_by, recorded_role, assessed_at, answers::text from assessment where assessment_id = :id""")
                .param("id", id).query((rs, i) -> {
                    LocalDateTime at = rs.getTimestamp(11).toLocalDateTime();
                    String validUntil = "RISK_TOLERANCE".equals(rs.getString(4))
                            ? at.toLocalDate().plusMonths(policy.suitability().assessmentValidityMonths()).minusDays(1).toString() : null;
                    return new AssessmentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6), Json.read(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                            at.toString(), validUntil, Json.read(rs.getString(12)));
                }).optional();
    }

    /** A customer's assessments, newest first. */
    public List<AssessmentView> ofCustomer(String customerId) {
        return jdbc.sql("select assessment_id from assessment where customer_id = :c order by assessed_at desc, assessment_id desc")
                .param("c", customerId).query(Long.class).list().stream().map(id -> view(id).orElseThrow()).toList();
    }

    /** The risk tolerance assessments the suitability check weighs (all of them; the rules pick). */
    public List<RiskAssessmentOnFile> riskOnFile(String customerId) {
        return jdbc.sql("select assessment_id, questionnaire_id, result_code, channel, assessed_at from assessment "
                        + "where customer_id = :c and kind = 'RISK_TOLERANCE'")
                .param("c", customerId)
                .query((rs, i) -> new RiskAssessmentOnFile(rs.getLong(1), rs.getString(2), RiskLevel.valueOf(rs.getString(3)),
                        Channel.valueOf(rs.getString(4)), rs.getTimestamp(5).toLocalDateTime())).list();
    }

    /**
     * Customers whose latest face-to-face risk assessment expires within the reminder window of
     * {@code day} (or has expired): who the RM should invite to reassess.
     */
    public List<AssessmentReminder> reminders(LocalDate day) {
        Policy.Suitability p = policy.suitability();
        return jdbc.sql("""
                        select customer_id, assessment_id, result_code, assessed_at from (
                            select distinct on (customer_id) customer_id, assessment_id, result_code, assessed_at from assessment
                            where kind = 'RISK_TOLERANCE' and (channel = 'BRANCH' or not :f)
                            order by customer_id, assessed_at desc) latest order by assessed_at""")
                .param("f", p.faceToFaceRequired())
                .query((rs, i) -> {
                    LocalDate until = rs.getTimestamp(4).toLocalDateTime().toLocalDate().plusMonths(p.assessmentValidityMonths()).minusDays(1);
                    return new AssessmentReminder(rs.getString(1), rs.getLong(2), rs.getString(3), until.toString(), day.isAfter(until));
                }).list().stream()
                .filter(r -> !day.isBefore(LocalDate.parse(r.validUntil()).minusDays(p.reminderDaysBeforeExpiry())))
                .toList();
    }

    static List<String> channels() {
        return Arrays.stream(Channel.values()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}

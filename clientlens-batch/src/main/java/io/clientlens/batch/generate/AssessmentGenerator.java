package io.clientlens.batch.generate;

import io.clientlens.batch.questionnaire.QuestionnaireJson;
import io.clientlens.batch.questionnaire.ShippedQuestionnaires;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.questionnaire.Answers;
import io.clientlens.questionnaire.Assessed;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.Option;
import io.clientlens.questionnaire.Question;
import io.clientlens.questionnaire.Questionnaire;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.questionnaire.RecordedAssessment;
import io.clientlens.questionnaire.Scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire assessments of a generated individual customer, answered on the shipped
 * questionnaires and scored by the same {@link Scoring} as the RM's assessments: about 60 % have a
 * risk tolerance assessment from the last 18 months (so about a third have expired at the end
 * date; some were made online or by phone, and some customers have an older one too), about 30 % a
 * wealth attitude and 35 % a social style. The risk answers follow the profile (age, income,
 * investment experience) and an appetite that falls with age.
 *
 * <p>The draws come from a stream of their own per customer, so the rest of the generated data
 * keeps its bytes.
 */
final class AssessmentGenerator {
    private static final long STREAM = 0x41535345535345L; // "ASSESSE"
    private static final Map<QuestionnaireKind, Questionnaire> SHIPPED = shipped();
    private static final Weighted<Channel> RISK_CHANNELS = Weighted.of(List.of(Channel.BRANCH, Channel.ONLINE, Channel.PHONE),
            0.85, 0.10, 0.05);
    private static final Weighted<String> WEALTH_TYPES = Weighted.of(List.of("HOARDER", "ACCUMULATOR", "AVOIDER", "SPENDER",
            "MONK"), 0.30, 0.25, 0.20, 0.15, 0.10);
    private static final List<String> STYLES = List.of("DOMINANT", "AMIABLE", "EXPRESSIVE", "ANALYTICAL");

    private final Draw draw;
    private final LocalDate endDate;
    private final String number;

    AssessmentGenerator(long seed, int index, LocalDate endDate, String number) {
        this.draw = new Draw(Draw.streamSeed(seed ^ STREAM, index));
        this.endDate = endDate;
        this.number = number;
    }

    /** The customer's assessments, oldest first; none for a company. */
    List<RecordedAssessment> assessments(Profile p) {
        List<RecordedAssessment> all = new ArrayList<>();
        if (p.typeOrIndividual() == CustomerType.CORPORATE) {
            return all;
        }
        if (draw.chance(0.60)) {
            LocalDateTime at = at(endDate.minusDays(draw.between(0, 540)));
            all.add(scored(p, QuestionnaireKind.RISK_TOLERANCE, draw.pick(RISK_CHANNELS), at, riskAnswers(p, at.toLocalDate())));
            if (draw.chance(0.15)) {
                LocalDateTime earlier = at(at.toLocalDate().minusDays(draw.between(365, 900)));
                all.add(scored(p, QuestionnaireKind.RISK_TOLERANCE, Channel.BRANCH, earlier, riskAnswers(p, earlier.toLocalDate())));
            }
        }
        if (draw.chance(0.30)) {
            LocalDateTime at = at(endDate.minusDays(draw.between(0, 1095)));
            all.add(scored(p, QuestionnaireKind.WEALTH_ATTITUDE, draw.chance(0.8) ? Channel.BRANCH : Channel.PHONE, at,
                    wealthAnswers(draw.pick(WEALTH_TYPES))));
        }
        if (draw.chance(0.35)) {
            LocalDateTime at = at(endDate.minusDays(draw.between(0, 1095)));
            all.add(scored(p, QuestionnaireKind.SOCIAL_STYLE, Channel.BRANCH, at, styleAnswers(draw.pick(STYLES))));
        }
        all.sort(Comparator.comparing(RecordedAssessment::assessedAt));
        List<RecordedAssessment> numbered = new ArrayList<>();
        for (RecordedAssessment a : all) {
            numbered.add(new RecordedAssessment("A" + number + "-" + (numbered.size() + 1), a.customerId(), a.questionnaireId(),
                    a.kind(), a.channel(), a.assessedAt(), a.answers(), a.result()));
        }
        return numbered;
    }

    /** During branch hours, to the minute. */
    private LocalDateTime at(LocalDate day) {
        return day.atTime(draw.between(9, 16), draw.between(0, 59));
    }

    private static RecordedAssessment scored(Profile p, QuestionnaireKind kind, Channel channel, LocalDateTime at, Answers answers) {
        Questionnaire q = SHIPPED.get(kind);
        Assessed result = Scoring.assess(q, answers);
        return new RecordedAssessment(null, p.customerId(), q.id(), kind, channel, at, answers, result);
    }

    private Answers riskAnswers(Profile p, LocalDate day) {
        Questionnaire q = SHIPPED.get(QuestionnaireKind.RISK_TOLERANCE);
        int age = p.birthDate() == null ? 40 : Math.max(18, Period.between(p.birthDate(), day).getYears());
        // younger customers take more risk: about 0.7 at 25, 0.25 at 70, with spread
        double appetite = clamp(0.7 - (age - 25) * 0.01 + 0.18 * draw.gaussian());
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            String option = switch (question.id()) {
                case "age" -> age <= 30 ? "18-30" : age <= 40 ? "31-40" : age <= 50 ? "41-50" : age <= 60 ? "51-60"
                        : age <= 69 ? "61-69" : "70+";
                case "income" -> income(p);
                case "experience" -> experience(p);
                default -> byAppetite(question, appetite);
            };
            chosen.put(question.id(), List.of(option));
        }
        return new Answers(chosen);
    }

    private String income(Profile p) {
        BigDecimal income = p.income() == null ? null : p.income().total();
        if (income == null) {
            return draw.pick(List.of("lt100k", "100k-300k"));
        }
        double yuan = income.doubleValue();
        return yuan < 100_000 ? "lt100k" : yuan < 300_000 ? "100k-300k" : yuan < 1_000_000 ? "300k-1m" : "gt1m";
    }

    private static String experience(Profile p) {
        var history = p.investmentHistory();
        int years = history == null || history.years() == null ? 0 : history.years();
        return years == 0 ? "none" : years < 2 ? "wealth" : years < 6 ? "funds" : "expert";
    }

    /** The option at the appetite's place among the options by points, give or take one. */
    private String byAppetite(Question question, double appetite) {
        List<Option> byPoints = question.options().stream().sorted(Comparator.comparingInt(Option::points)).toList();
        int last = byPoints.size() - 1;
        int index = (int) Math.round(appetite * last + 0.6 * draw.gaussian());
        return byPoints.get(Math.max(0, Math.min(last, index))).id();
    }

    private Answers wealthAnswers(String type) {
        Questionnaire q = SHIPPED.get(QuestionnaireKind.WEALTH_ATTITUDE);
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            Option option = draw.chance(0.65)
                    ? question.options().stream().filter(o -> type.equals(o.counts())).findFirst().orElseThrow()
                    : draw.pick(question.options());
            chosen.put(question.id(), List.of(option.id()));
        }
        return new Answers(chosen);
    }

    private Answers styleAnswers(String style) {
        Questionnaire q = SHIPPED.get(QuestionnaireKind.SOCIAL_STYLE);
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            List<String> cues = new ArrayList<>();
            for (Option o : question.options()) {
                if (draw.chance(style.equals(o.counts()) ? 0.75 : 0.12)) {
                    cues.add(o.id());
                }
            }
            if (cues.isEmpty()) {
                cues.add(question.options().stream().filter(o -> style.equals(o.counts())).findFirst().orElseThrow().id());
            }
            chosen.put(question.id(), cues);
        }
        return new Answers(chosen);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static Map<QuestionnaireKind, Questionnaire> shipped() {
        Map<QuestionnaireKind, Questionnaire> map = new LinkedHashMap<>();
        for (String text : ShippedQuestionnaires.texts()) {
            Questionnaire q = QuestionnaireJson.parse(text, "shipped");
            map.put(q.kind(), q);
        }
        return map;
    }
}

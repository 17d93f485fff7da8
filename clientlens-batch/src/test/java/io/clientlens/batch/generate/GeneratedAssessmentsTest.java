package io.clientlens.batch.generate;

import io.clientlens.batch.questionnaire.QuestionnaireJson;
import io.clientlens.batch.questionnaire.ShippedQuestionnaires;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.Questionnaire;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.questionnaire.RecordedAssessment;
import io.clientlens.questionnaire.Scoring;
import io.clientlens.questionnaire.RiskToleranceAssessed;
import io.clientlens.questionnaire.PersonaAssessed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated questionnaire assessments: plausible shares, scored as the RM's are, and only of individuals. */
class GeneratedAssessmentsTest {
    private static final GeneratorSettings SETTINGS = GeneratorSettings.of(1000, 42, LocalDate.of(2026, 9, 30));
    private static final RecordingSink SINK = RecordingSink.generate(SETTINGS);

    @Test
    void aboutSixInTenCustomersHaveARiskAssessmentAndAboutAThirdOfThoseHaveExpired() {
        Map<String, Profile> profiles = SINK.profiles.stream().collect(Collectors.toMap(Profile::customerId, Function.identity()));
        Set<String> customers = SINK.accounts.isEmpty() ? Set.of() : SINK.links.stream().map(l -> l.customerId())
                .collect(Collectors.toSet());
        Map<String, RecordedAssessment> latestRisk = SINK.assessments.stream()
                .filter(a -> a.kind() == QuestionnaireKind.RISK_TOLERANCE)
                .collect(Collectors.toMap(RecordedAssessment::customerId, a -> a,
                        (x, y) -> x.assessedAt().isAfter(y.assessedAt()) ? x : y));
        long individuals = customers.stream().filter(id -> profiles.get(id).typeOrIndividual() == CustomerType.INDIVIDUAL).count();
        assertThat((double) latestRisk.size() / individuals).isBetween(0.52, 0.68);
        long expired = latestRisk.values().stream()
                .filter(a -> a.assessedAt().toLocalDate().plusMonths(12).minusDays(1).isBefore(SETTINGS.endDate())).count();
        assertThat((double) expired / latestRisk.size()).isBetween(0.25, 0.42);
        assertThat(latestRisk.values().stream().filter(a -> a.channel() != Channel.BRANCH).count()).isPositive();
        assertThat(SINK.assessments).allSatisfy(a -> {
            assertThat(profiles.get(a.customerId()).typeOrIndividual()).isEqualTo(CustomerType.INDIVIDUAL);
            assertThat(a.assessedAt().toLocalDate()).isBeforeOrEqualTo(SETTINGS.endDate());
        });
        assertThat(SINK.assessments.stream().filter(a -> a.kind() == QuestionnaireKind.WEALTH_ATTITUDE).count()).isBetween(200L, 350L);
        assertThat(SINK.assessments.stream().filter(a -> a.kind() == QuestionnaireKind.SOCIAL_STYLE).count()).isBetween(230L, 400L);
    }

    @Test
    void everyAssessmentIsTheShippedQuestionnairesScoreOfItsAnswers() {
        Map<String, Questionnaire> shipped = ShippedQuestionnaires.texts().stream()
                .map(t -> QuestionnaireJson.parse(t, "shipped")).collect(Collectors.toMap(Questionnaire::id, q -> q));
        Set<String> riskDays = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> levels = new HashSet<>();
        for (RecordedAssessment a : SINK.assessments) {
            assertThat(Scoring.assess(shipped.get(a.questionnaireId()), a.answers())).isEqualTo(a.result());
            assertThat(a.result()).isInstanceOfAny(RiskToleranceAssessed.class, PersonaAssessed.class);
            assertThat(ids.add(a.assessmentId())).as(a.assessmentId()).isTrue();
            if (a.kind() == QuestionnaireKind.RISK_TOLERANCE) {
                assertThat(riskDays.add(a.customerId() + a.assessedAt().toLocalDate())).as("one a day").isTrue();
                levels.add(a.resultCode());
            }
        }
        assertThat(levels).containsAll(List.of("C1", "C2", "C3", "C4"));
    }
}

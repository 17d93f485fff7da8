package io.clientlens.app.suitability.web;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.staff.Role;
import io.clientlens.app.support.WorkstationPageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The risk questionnaire's form: the age answered is checked against the birth date on file (named question, zh and en),
 * the error summary is announced and focused and links to the questions, and the answers given stay chosen.
 */
class QuestionnaireFormTest extends WorkstationPageTest {

    @BeforeEach
    void data() {
        customers.save(ProfileDocuments.fromJson("""
                {"customerId": "C0100", "type": "INDIVIDUAL", "name": "周老", "branch": "BR001", "relationshipManager": "RM01",
                 "birthDate": "1949-12-31"}
                """));
    }

    @Test
    void anAgeThatDisagreesWithTheBirthDateIsRefusedAtItsQuestionWithTheAnswersKept() throws Exception {
        int age = Period.between(LocalDate.of(1949, 12, 31), LocalDate.now()).getYears();
        Map<String, String> answers = new HashMap<>(AdvicePagesTest.riskAnswers("5-20"));
        answers.put("age", "31-40");
        String zh = mvc.perform(AdvicePagesTest.answered("/customers/C0100/questionnaires/risk", answers, "branch").with(signedIn(Role.RM)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).doesNotContain("1949-12-31").contains("问题“您的年龄是？”的回答“31–40岁”与客户资料中的年龄（评估日 " + age + " 岁）不符",
                "id=\"form-problems\" role=\"alert\" tabindex=\"-1\"", "href=\"#q-age\"", "id=\"q-age\"", "id=\"err-age\"",
                "/form-problems.js", "value=\"31-40\" checked=\"checked\"", "value=\"5-20\" checked=\"checked\"",
                "value=\"branch\" checked=\"checked\"");
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isZero();
        String en = mvc.perform(AdvicePagesTest.answered("/customers/C0100/questionnaires/risk", answers, "branch").param("lang", "en")
                .with(signedIn(Role.RM))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).doesNotContain("1949-12-31").contains("Question “What is your age?”: the answer “31–40” does not match the age on file ("
                + age + " years old on the day of the assessment)");

        // the band that holds the age is accepted and stored
        answers.put("age", "70+");
        mvc.perform(AdvicePagesTest.answered("/customers/C0100/questionnaires/risk", answers, "branch").with(signedIn(Role.RM)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isEqualTo(1);
    }

    @Test
    void withoutABirthDateOnFileAnyAgeIsTakenAsAnswered() throws Exception {
        Map<String, String> answers = new HashMap<>(AdvicePagesTest.riskAnswers("5-20"));
        answers.put("age", "18-30");
        mvc.perform(AdvicePagesTest.answered("/customers/C1000/questionnaires/risk", answers, "branch").with(signedIn(Role.RM)))
                .andExpect(status().is3xxRedirection());
    }
}

package io.clientlens.questionnaire;

import io.clientlens.customer.FieldProblem;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to a questionnaire's age question against the birth date on file (docs/SUITABILITY.md, "Questionnaires"):
 * the question whose id is {@code age}, its options' ids age bands ({@code 18-30}, {@code 70+}). An answer whose band does
 * not hold the customer's age on the day of the assessment is refused naming the question, the answer and the age; the
 * birth date itself is not named, as everywhere it is shown masked. No birth date on file, no age question or an option
 * that is no band means nothing to compare.
 */
public final class AgeAnswer {
    public static final String QUESTION = "age";
    private static final Pattern BAND = Pattern.compile("(\\d{1,3})(?:-(\\d{1,3})|\\+)");

    private AgeAnswer() {
    }

    public static Optional<FieldProblem> check(Questionnaire q, Answers answers, LocalDate birthDate, LocalDate on) {
        if (birthDate == null || birthDate.isAfter(on)) {
            return Optional.empty();
        }
        Question question = q.questions().stream().filter(x -> x.id().equals(QUESTION)).findFirst().orElse(null);
        List<String> chosen = answers.chosen().get(QUESTION);
        if (question == null || chosen == null || chosen.size() != 1) {
            return Optional.empty();
        }
        Option option = question.options().stream().filter(o -> o.id().equals(chosen.get(0))).findFirst().orElse(null);
        Matcher band = option == null ? null : BAND.matcher(option.id());
        if (band == null || !band.matches()) {
            return Optional.empty();
        }
        int age = Period.between(birthDate, on).getYears();
        int from = Integer.parseInt(band.group(1));
        int to = band.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(band.group(2));
        if (age >= from && age <= to) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("answers." + QUESTION,
                "问题“" + question.text().zh() + "”的回答“" + option.text().zh() + "”与客户资料中的年龄（评估日 " + age
                        + " 岁）不符：请与客户核实，选择相符的年龄段或先更正客户资料",
                "Question “" + question.text().en() + "”: the answer “" + option.text().en() + "” does not match the age on file ("
                        + age + " years old on the day of the assessment); check it with the customer and choose the "
                        + "matching band, or correct the profile first"));
    }
}

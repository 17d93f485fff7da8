package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.batch.questionnaire.AnswerSheet;
import io.clientlens.code.Language;
import io.clientlens.customer.FieldProblem;
import io.clientlens.questionnaire.QuestionnaireKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Record a customer's answers to a questionnaire and the assessment they give.",
                "assess risk|wealth|style CUSTOMER --answers FILE --channel branch|online|phone --user U --role R"})
class AssessCommand extends RootAware implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "risk|wealth|style", description = "Questionnaire kind: risk (risk tolerance), wealth (wealth attitude) or style (social style)")
    String kind;

    @Parameters(index = "1", paramLabel = "CUSTOMER", description = "Customer id")
    String customerId;

    @Option(names = "--answers", required = true, paramLabel = "FILE", description = "{\"questionnaire\": ID, \"answers\": {QUESTION: OPTION}}")
    Path answers;

    @Option(names = "--channel", required = true, description = "branch, online or phone")
    String channel;

    @Option(names = "--at", paramLabel = "DATETIME", description = "When it was made (default now), e.g. 2026-03-01T10:30")
    String at;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Mixin
    ActorOptions actor;

    @Override
    public Integer call() throws Exception {
        return SuitabilityOutput.guarded(this, () -> {
            QuestionnaireKind k = QuestionnaireKind.byWord(kind).orElseThrow(() -> new InvalidRequest(List.of(
                    new FieldProblem("kind", "应为 risk、wealth 或 style", "expected risk, wealth or style, found '" + kind + "'"))));
            var who = actor.actor();
            String text;
            try {
                text = Files.readString(answers, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new InvalidRequest(List.of(new FieldProblem("--answers", "文件不存在：" + answers, "no such file: " + answers)));
            }
            AnswerSheet sheet = AnswerSheet.parse(text, answers.toString());
            LocalDateTime when = at == null ? null : dateTime(at);
            try (Launcher app = root().start(null)) {
                io.clientlens.app.suitability.AssessmentView result = app.bean(Assessments.class).assess(customerId, sheet, channel, when, k, who);
                if ("json".equals(format)) {
                    SuitabilityOutput.print(out(), result, format);
                } else {
                    printText(result);
                }
            }
            return 0;
        });
    }

    @SuppressWarnings("unchecked")
    private void printText(io.clientlens.app.suitability.AssessmentView a) {
        Language lang = root().language();
        Map<String, Object> r = a.result();
        out().println(say().t("评估编号 ", "Assessment ") + a.assessmentId() + "  " + a.questionnaire() + "  "
                + a.channel() + "  " + a.assessedAt() + (a.validUntil() != null ? "  " + say().t("有效至 ", "valid until ") + a.validUntil() : ""));
        if (r.containsKey("riskLevel")) {
            out().println(say().t("得分 ", "Score ") + a.score() + "  " + r.get("riskLevel") + " " + SuitabilityOutput.text(r.get("label"), lang)
                    + "  " + r.get("riskAttitude") + " " + SuitabilityOutput.text(r.get("attitudeLabel"), lang));
            SuitabilityOutput.reasons(out(), r.get("reasons"), lang);
            List<?> flags = (List<?>) r.get("flags");
            if (!flags.isEmpty()) {
                out().println(say().t("需核实：", "To clarify:"));
                SuitabilityOutput.reasons(out(), flags, lang);
            }
        } else {
            out().println(say().t("结果 ", "Result ") + r.get("code"));
            for (Map<String, Object> w : (List<Map<String, Object>>) r.get("winners")) {
                out().println("  " + w.get("code") + " " + SuitabilityOutput.text(w.get("label"), lang) + ": "
                        + SuitabilityOutput.text(w.get("traits"), lang));
                out().println("    " + say().t("建议：", "Approach: ") + SuitabilityOutput.text(w.get("approach"), lang));
            }
            SuitabilityOutput.reasons(out(), r.get("reasons"), lang);
        }
    }

    static LocalDateTime dateTime(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atTime(9, 0) : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(List.of(new FieldProblem("--at", "应为日期时间，如 2026-03-01T10:30", "expected a date-time such as 2026-03-01T10:30")));
        }
    }
}

package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.suitability.Questionnaires;
import io.clientlens.code.Language;
import io.clientlens.questionnaire.Option;
import io.clientlens.questionnaire.Question;
import io.clientlens.questionnaire.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "List, show and add questionnaires.",
        subcommands = {QuestionnaireCommand.List.class, QuestionnaireCommand.Show.class, QuestionnaireCommand.Add.class})
class QuestionnaireCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the questionnaires.")
    static class List extends RootAware implements Callable<Integer> {
        @picocli.CommandLine.Option(names = "--format", defaultValue = "text", description = "text or json")
        String format;

        @Override
        public Integer call() {
            try (Launcher app = root().start(null)) {
                var all = app.bean(Questionnaires.class).all();
                if ("json".equals(format)) {
                    SuitabilityOutput.print(out(), all.stream().map(s -> java.util.Map.of("id", s.questionnaire().id(),
                            "kind", s.questionnaire().kind().name(), "version", s.questionnaire().version(), "shipped", s.shipped())).toList(), format);
                    return 0;
                }
                for (var s : all) {
                    Questionnaire q = s.questionnaire();
                    String kind = say().t(q.kind().label().zh(), q.kind().name());
                    out().printf("%-22s %sv%d  %s%n", q.id(), Summaries.padded(kind, 17), q.version(),
                            q.title().in(root().language()));
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a questionnaire's questions and options.")
    static class Show extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "Questionnaire id (see questionnaire list)")
        String id;

        @picocli.CommandLine.Option(names = "--format", defaultValue = "text", description = "text or json")
        String format;

        @Override
        public Integer call() {
            try (Launcher app = root().start(null)) {
                var stored = app.bean(Questionnaires.class).find(id).orElseThrow(() ->
                        new IllegalArgumentException(say().t("没有问卷 ", "No questionnaire ") + id));
                if ("json".equals(format)) {
                    out().println(stored.definition());
                    return 0;
                }
                Language lang = root().language();
                Questionnaire q = stored.questionnaire();
                out().println(q.id() + "  " + q.title().in(lang));
                for (Question question : q.questions()) {
                    out().println(question.id() + (question.multiple() ? " [*]" : "") + "  " + question.text().in(lang));
                    for (Option o : question.options()) {
                        out().printf("    %-14s %3d  %s%s%n", o.id(), o.points(), o.text().in(lang),
                                o.counts() == null ? "" : "  → " + o.counts());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add the bank's own version of a questionnaire (JSON)")
    static class Add extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Questionnaire JSON file")
        Path file;

        @Override
        public Integer call() throws Exception {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return SuitabilityOutput.guarded(this, () -> {
                try (Launcher app = root().start(null)) {
                    var stored = app.bean(Questionnaires.class).add(text);
                    out().println(say().t("已添加问卷 ", "Added questionnaire ") + stored.questionnaire().id());
                }
                return 0;
            });
        }
    }
}

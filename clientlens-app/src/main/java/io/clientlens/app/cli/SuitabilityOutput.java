package io.clientlens.app.cli;

import io.clientlens.batch.json.Json;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.Refused;
import io.clientlens.batch.questionnaire.DocumentInvalid;
import io.clientlens.code.Language;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Shared printing and error translation of the suitability commands: one line per problem, in the chosen language. */
final class SuitabilityOutput {
    private SuitabilityOutput() {
    }

    /** Runs {@code body}; a refusal or invalid input becomes one line on stderr and exit status 1 (2 for a refusal). */
    static Integer guarded(RootAware command, Callable<Integer> body) throws Exception {
        Language lang = command.root().language();
        try {
            return body.call();
        } catch (InvalidRequest e) {
            command.err().println("clientlens: " + String.join("; ", e.problems().stream()
                    .map(p -> p.field() + ": " + (lang == Language.EN ? p.en() : p.zh())).toList()));
            return 1;
        } catch (DocumentInvalid e) {
            command.err().println("clientlens: " + String.join("; ", e.problems().stream()
                    .map(p -> p.field() + ": " + (lang == Language.EN ? p.en() : p.zh())).toList()));
            return 1;
        } catch (Refused e) {
            command.err().println("clientlens: [" + e.rule() + "] " + e.reason().in(lang));
            return 2;
        }
    }

    static void print(PrintWriter out, Object value, String format) {
        out.println(Json.write(value));
    }

    @SuppressWarnings("unchecked")
    static void reasons(PrintWriter out, Object reasons, Language lang) {
        for (Map<String, Object> r : (List<Map<String, Object>>) reasons) {
            out.println("  - [" + r.get("rule") + "] " + r.get(lang == Language.EN ? "en" : "zh"));
        }
    }

    static String text(Object labelMap, Language lang) {
        return String.valueOf(((Map<?, ?>) labelMap).get(lang == Language.EN ? "en" : "zh"));
    }
}

package io.clientlens.batch.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The questionnaires shipped with ClientLens (zh and en), as JSON texts; the bank may add later versions. */
public final class ShippedQuestionnaires {
    static final List<String> RESOURCES = List.of("risk-tolerance-v1.json", "wealth-attitude-v1.json", "social-style-v1.json");

    private ShippedQuestionnaires() {
    }

    /** The definitions as JSON texts, each valid for {@link QuestionnaireJson#parse}. */
    public static List<String> texts() {
        return RESOURCES.stream().map(ShippedQuestionnaires::read).toList();
    }

    private static String read(String name) {
        String path = "/io/clientlens/questionnaire/" + name;
        try (InputStream in = ShippedQuestionnaires.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the shipped questionnaire " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

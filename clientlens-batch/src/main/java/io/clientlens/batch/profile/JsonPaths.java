package io.clientlens.batch.profile;

import tools.jackson.core.JacksonException;

import java.util.List;

/** Where in a JSON document the reader stopped, as problems name a field. */
public final class JsonPaths {
    private JsonPaths() {
    }

    /** {@code family[1].birthDate}: dots between names, brackets for positions in a list. */
    public static String of(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

package io.clientlens.customer;

import java.util.Objects;

/**
 * What is wrong with one field of a document, in Chinese and English. {@code field} is the path
 * in the profile document (docs/profile.schema.json), e.g. {@code corporate.beneficialOwners[0].residentId}.
 */
public record FieldProblem(String field, String zh, String en) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    @Override
    public String toString() {
        return field + ": " + en;
    }
}

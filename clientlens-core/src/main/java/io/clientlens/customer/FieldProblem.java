package io.clientlens.customer;

import java.util.Objects;

/**
 * What is wrong with one field of a document, in Chinese and English. {@code field} is the path
 * in the document, e.g. in the profile document (docs/profile.schema.json)
 * {@code corporate.beneficialOwners[0].residentId}, or a policy key such as {@code aumTier.bands[1].min}.
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

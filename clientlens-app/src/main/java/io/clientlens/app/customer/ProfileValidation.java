package io.clientlens.app.customer;

import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.batch.profile.ProfileInvalid;
import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.Profile;
import io.clientlens.customer.ProfileBounds;
import io.clientlens.identity.ProfileIdentityCheck;
import io.clientlens.importing.ImportIssue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every way a profile enters ClientLens (REST, files) is checked the same way: the document's
 * structure, then the identity numbers (GB 11643, GB 32100, mobile). A valid profile gets its
 * birth date and gender from the resident ID when they were not given.
 */
public final class ProfileValidation {
    private ProfileValidation() {
    }

    /**
     * Parses and checks a profile document; every problem names its field. Besides the identity numbers, birth
     * dates must lie between 1900-01-01 and today and amounts below {@code maxAmount} ({@link ProfileBounds}).
     */
    public static Profile parseAndCheck(String json, BigDecimal maxAmount) {
        Checked checked = check(json, maxAmount);
        if (checked instanceof Checked.Valid valid) {
            return valid.profile();
        }
        throw new InvalidRequest(checked instanceof Checked.Unreadable u ? u.problems() : ((Checked.Invalid) checked).problems());
    }

    /** What checking a document found: a valid profile, a document that cannot be read as one, or a profile with problems. */
    public sealed interface Checked {
        record Valid(Profile profile) implements Checked {
        }

        /** The document itself is wrong (types, formats, required fields): the profile checks could not run. */
        record Unreadable(List<FieldProblem> problems) implements Checked {
        }

        /** The document reads, but identity numbers or bounds are wrong. */
        record Invalid(List<FieldProblem> problems) implements Checked {
        }
    }

    /** As {@link #parseAndCheck}, as an outcome instead of an exception. */
    public static Checked check(String json, BigDecimal maxAmount) {
        Profile profile;
        try {
            profile = ProfileJson.read(json);
        } catch (ProfileInvalid e) {
            return new Checked.Unreadable(e.problems().stream().map(p -> new FieldProblem(p.path(), p.zh(), p.en())).toList());
        }
        List<FieldProblem> problems = problems(profile, maxAmount);
        return problems.isEmpty() ? new Checked.Valid(ProfileIdentityCheck.withDerivedIdentity(profile)) : new Checked.Invalid(problems);
    }

    /** The identity problems of a profile read from a file, as import issues at its line. */
    public static List<ImportIssue> issues(String file, long line, Profile profile, BigDecimal maxAmount) {
        return problems(profile, maxAmount).stream()
                .map(p -> new ImportIssue(file, line, p.field(), "customer " + profile.customerId() + ": " + p.en()
                        + " / " + p.zh()))
                .toList();
    }

    private static List<FieldProblem> problems(Profile profile, BigDecimal maxAmount) {
        List<FieldProblem> problems = new ArrayList<>(ProfileIdentityCheck.problems(profile));
        problems.addAll(ProfileBounds.problems(profile, maxAmount, LocalDate.now()));
        return problems;
    }
}

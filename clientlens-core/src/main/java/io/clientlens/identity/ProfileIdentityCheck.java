package io.clientlens.identity;

import io.clientlens.customer.Corporate;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The identity facts of a profile checked against their standards (docs/SECURITY.md), and the facts
 * a valid resident ID implies. Missing (null or blank) values are not problems: a profile may be
 * incomplete.
 */
public final class ProfileIdentityCheck {

    // one @ between a local part and a domain with a dot, no spaces: enough to catch what was typed in the wrong field
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private ProfileIdentityCheck() {
    }

    /** Every identity problem of the profile, in document order; empty when there is none. */
    public static List<FieldProblem> problems(Profile profile) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ResidentId> residentId = check("residentId", profile.residentId(), ResidentId::parse, problems);
        residentId.ifPresent(id -> problems.addAll(contradictions(profile, id)));
        check("mobile", profile.mobile(), Mobile::parse, problems);
        if (profile.email() != null && !profile.email().isBlank() && !EMAIL.matcher(profile.email()).matches()) {
            problems.add(new FieldProblem("email", "电子邮箱格式不正确，应如 name@example.cn",
                    "not an e-mail address; expected the form name@example.cn"));
        }
        if (profile.corporate() != null) {
            check("corporate.uscc", profile.corporate().uscc(), Uscc::parse, problems);
            List<Corporate.BeneficialOwner> owners = profile.corporate().beneficialOwners();
            for (int i = 0; i < owners.size(); i++) {
                String residentIdOfOwner = owners.get(i) == null ? null : owners.get(i).residentId();
                check("corporate.beneficialOwners[" + i + "].residentId", residentIdOfOwner, ResidentId::parse, problems);
            }
        }
        return List.copyOf(problems);
    }

    /**
     * The profile with its resident ID in 18-character form and the birth date and gender it
     * implies filled in where missing. Recorded values are never overwritten (a contradiction is
     * a {@link #problems problem}, for a person to resolve); an invalid or missing ID changes nothing.
     */
    public static Profile withDerivedIdentity(Profile profile) {
        Optional<ResidentId> parsed = parsed(profile.residentId(), ResidentId::parse);
        if (parsed.isEmpty()) {
            return profile;
        }
        ResidentId id = parsed.get();
        return profile.toBuilder()
                .residentId(id.value())
                .birthDate(profile.birthDate() != null ? profile.birthDate() : id.birthDate())
                .gender(profile.gender() != null ? profile.gender() : id.gender())
                .build();
    }

    private static List<FieldProblem> contradictions(Profile profile, ResidentId id) {
        List<FieldProblem> problems = new ArrayList<>();
        // neither date is named: a form that shows the birth date masked keeps the stored one, and the ID's is masked too
        if (profile.birthDate() != null && !profile.birthDate().equals(id.birthDate())) {
            problems.add(new FieldProblem("birthDate", "出生日期与身份证号码中的出生日期不一致，请核对",
                    "the birth date differs from the one in the resident ID; check both"));
        }
        if (profile.gender() != null && profile.gender() != id.gender()) {
            problems.add(new FieldProblem("gender",
                    "性别为" + zh(profile.gender()) + "，但身份证号码第17位表明为" + zh(id.gender()),
                    "gender " + profile.gender() + " contradicts the resident ID, whose 17th digit means "
                            + en(id.gender())));
        }
        return problems;
    }

    private static <T> Optional<T> check(String field, String raw, Function<String, T> parse, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(raw));
        } catch (InvalidIdentity invalid) {
            problems.add(new FieldProblem(field, invalid.zh(), invalid.en()));
            return Optional.empty();
        }
    }

    private static <T> Optional<T> parsed(String raw, Function<String, T> parse) {
        return check("", raw, parse, new ArrayList<>());
    }

    private static String zh(Gender gender) {
        return gender == Gender.M ? "男" : "女";
    }

    private static String en(Gender gender) {
        return gender == Gender.M ? "male (M)" : "female (F)";
    }
}

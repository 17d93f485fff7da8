package io.clientlens.identity;

import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.clientlens.identity.IdentityFixture.REAL_USCC;
import static io.clientlens.identity.IdentityFixture.WANG_RESIDENT_ID;
import static io.clientlens.identity.IdentityFixture.company;
import static io.clientlens.identity.IdentityFixture.individual;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileIdentityCheckTest {

    private static final LocalDate WANG_BORN = LocalDate.of(1949, 12, 31);

    @Test
    void findsNothingWrongWithAConsistentProfile() {
        Profile profile = individual(WANG_RESIDENT_ID, WANG_BORN, Gender.F).toBuilder().mobile("138 0013 8000").build();

        assertThat(ProfileIdentityCheck.problems(profile)).isEmpty();
    }

    @Test
    void anEmailAddressNeedsOneAtAndADomain() {
        for (String ok : List.of("wang@example.cn", "li.na+bank@mail.example.com.cn")) {
            assertThat(ProfileIdentityCheck.problems(Profile.builder("C1").email(ok).build())).as(ok).isEmpty();
        }
        for (String wrong : List.of("not-an-email", "wang@", "wang@example", "a b@example.cn", "a@b@example.cn")) {
            assertThat(ProfileIdentityCheck.problems(Profile.builder("C1").email(wrong).build())).as(wrong)
                    .extracting(FieldProblem::field).containsExactly("email");
        }
    }

    @Test
    void findsNothingWrongWithAProfileThatHasNoIdentityFactsYet() {
        assertThat(ProfileIdentityCheck.problems(Profile.builder("C0009").residentId(" ").build())).isEmpty();
    }

    @Test
    void namesTheResidentIdAndTheMobileWithBothLanguages() {
        Profile profile = individual("110105194912310021").toBuilder().mobile("12800138000").build();

        assertThat(ProfileIdentityCheck.problems(profile)).containsExactly(
                new FieldProblem("residentId", "身份证号码的最后一位（校验码）与前 17 位不符，请核对号码",
                        "the last character (check digit) of the resident ID does not match the first 17; check the number"),
                new FieldProblem("mobile", "应以13–19开头，实际以12开头", "must start with 13 to 19, starts with 12"));
    }

    @Test
    void namesABirthDateThatContradictsTheResidentId() {
        Profile profile = individual(WANG_RESIDENT_ID, LocalDate.of(1950, 1, 1), Gender.F);

        assertThat(ProfileIdentityCheck.problems(profile)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("birthDate");
            // neither date is named: the reader may see the birth date only masked, and the resident ID always is
            assertThat(problem.en()).isEqualTo("the birth date differs from the one in the resident ID; check both");
            assertThat(problem.zh()).isEqualTo("出生日期与身份证号码中的出生日期不一致，请核对");
        });
    }

    @Test
    void namesAGenderThatContradictsTheResidentId() {
        Profile profile = individual(WANG_RESIDENT_ID, WANG_BORN, Gender.M);

        assertThat(ProfileIdentityCheck.problems(profile)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("gender");
            assertThat(problem.zh()).isEqualTo("性别为男，但身份证号码第17位表明为女");
        });
    }

    @Test
    void comparesBirthDateAndGenderWithAConvertedFifteenDigitId() {
        Profile profile = individual("110105491231002", WANG_BORN, Gender.F);

        assertThat(ProfileIdentityCheck.problems(profile)).isEmpty();
    }

    @Test
    void doesNotJudgeBirthDateAndGenderAgainstAnInvalidId() {
        Profile profile = individual("110105194912310021", LocalDate.of(1990, 1, 1), Gender.M);

        assertThat(ProfileIdentityCheck.problems(profile)).extracting(FieldProblem::field).containsExactly("residentId");
    }

    @Test
    void namesTheUsccAndEachBeneficialOwnerByPosition() {
        String validOwner = IdentityFixture.residentId("350102", LocalDate.of(1970, 3, 8), 21);
        Profile profile = company("91350100M000100Y44", validOwner, "110105194912310021");

        assertThat(ProfileIdentityCheck.problems(profile)).extracting(FieldProblem::field)
                .containsExactly("corporate.uscc", "corporate.beneficialOwners[1].residentId");
    }

    @Test
    void acceptsACompanyWithARealUscc() {
        assertThat(ProfileIdentityCheck.problems(company(REAL_USCC))).isEmpty();
    }

    @Test
    void fillsMissingBirthDateAndGenderFromTheResidentIdAndNormalisesAnOldNumber() {
        Profile derived = ProfileIdentityCheck.withDerivedIdentity(individual("110105491231002"));

        assertThat(derived.residentId()).isEqualTo(WANG_RESIDENT_ID);
        assertThat(derived.birthDate()).isEqualTo(WANG_BORN);
        assertThat(derived.gender()).isEqualTo(Gender.F);
        assertThat(derived.name()).isEqualTo("王小明");
    }

    @Test
    void neverOverwritesRecordedFactsSoThatAContradictionStaysVisible() {
        Profile recorded = individual(WANG_RESIDENT_ID, LocalDate.of(1950, 1, 1), Gender.M);

        Profile derived = ProfileIdentityCheck.withDerivedIdentity(recorded);

        assertThat(derived.birthDate()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(derived.gender()).isEqualTo(Gender.M);
        assertThat(ProfileIdentityCheck.problems(derived)).extracting(FieldProblem::field)
                .containsExactly("birthDate", "gender");
    }

    @Test
    void leavesAProfileWithAnInvalidOrMissingIdUnchanged() {
        Profile invalid = individual("110105194912310021");
        Profile missing = individual(null);

        assertThat(ProfileIdentityCheck.withDerivedIdentity(invalid)).isSameAs(invalid);
        assertThat(ProfileIdentityCheck.withDerivedIdentity(missing)).isSameAs(missing);
    }
}

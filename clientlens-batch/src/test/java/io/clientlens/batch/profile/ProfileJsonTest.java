package io.clientlens.batch.profile;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Liability;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.clientlens.batch.profile.ProfileFixture.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProfileJsonTest {

    @Test
    void readsEveryFieldOfTheDomainExample() {
        Profile p = ProfileJson.read(ProfileFixture.domainExampleJson());

        assertThat(p.customerId()).isEqualTo("C0001");
        assertThat(p.type()).isEqualTo(CustomerType.INDIVIDUAL);
        assertThat(p.name()).isEqualTo("王小明");
        assertThat(p.residentId()).isEqualTo("11010519491231002X");
        assertThat(p.maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
        assertThat(p.retired()).isFalse();
        assertThat(p.family()).extracting(FamilyMember::relation).containsExactly(
                FamilyMember.Relation.SPOUSE, FamilyMember.Relation.CHILD, FamilyMember.Relation.PARENT);
        assertThat(p.family().get(0).annualIncome()).isEqualByComparingTo("120000");
        assertThat(p.family().get(1).birthDate()).isEqualTo(LocalDate.of(2018, 9, 1));
        assertThat(p.family().get(1).educationAnnualCost()).isEqualByComparingTo("20000");
        assertThat(p.family().get(2).annualSupport()).isEqualByComparingTo("12000");
        assertThat(p.expenses().parentsSupport()).isEqualByComparingTo("12000");
        assertThat(p.assets().total()).isEqualByComparingTo("3550000");
        assertThat(p.liabilities()).containsExactly(new Liability(Liability.Kind.MORTGAGE, amount("1500000"), amount("9000")));
        assertThat(p.insurance().medical()).isTrue();
        assertThat(p.investmentHistory().productTypes()).containsExactly("FUND");
        assertThat(p.goals().get(0).targetDate()).isEqualTo(LocalDate.of(2036, 9, 1));
    }

    @Test
    void readsIndependentChild() {
        Profile p = ProfileJson.read("""
                {"customerId": "C1", "family": [{"relation": "CHILD", "independent": true}]}""");

        assertThat(p.family().get(0).markedIndependent()).isTrue();
    }

    @Test
    void roundTripsEveryField() {
        Profile original = ProfileFixture.everyFieldFilled();

        assertThat(ProfileJson.read(ProfileJson.write(original))).isEqualTo(original);
        assertThat(ProfileJson.read(ProfileJson.writeLine(original))).isEqualTo(original);
    }

    @Test
    void roundTripsCorporateCustomer() {
        Profile original = ProfileFixture.corporateCustomer();

        assertThat(ProfileJson.read(ProfileJson.write(original))).isEqualTo(original);
    }

    @Test
    void keepsAmountsExactWithoutPassingThroughDouble() {
        Profile p = ProfileJson.read("""
                {"customerId": "C1", "income": {"salary": 12345678901234567.89}}""");

        assertThat(p.income().salary()).isEqualTo(amount("12345678901234567.89"));
    }

    @Test
    void writesInRecordOrderWithoutNulls() {
        String json = ProfileJson.writeLine(Profile.builder("C9").name("王").type(CustomerType.INDIVIDUAL)
                .birthDate(LocalDate.of(1990, 1, 2)).build());

        assertThat(json).isEqualTo("{\"customerId\":\"C9\",\"type\":\"INDIVIDUAL\",\"name\":\"王\",\"birthDate\":\"1990-01-02\"}");
    }

    @Test
    void writesOneLineForJsonLines() {
        assertThat(ProfileJson.writeLine(ProfileFixture.everyFieldFilled())).doesNotContain("\n");
        assertThat(ProfileJson.write(ProfileFixture.everyFieldFilled())).contains("\n");
    }

    @Test
    void rejectsUnknownFieldNamingPathAndExpectedFields() {
        ProfileProblem problem = onlyProblem("""
                {"customerId": "C1", "family": [{"relation": "SPOUSE"}, {"relation": "CHILD", "birthdate": "2018-09-01"}]}""");

        assertThat(problem.path()).isEqualTo("family[1].birthdate");
        assertThat(problem.en()).startsWith("unknown field; expected one of relation, name, birthDate, annualIncome");
        assertThat(problem.zh()).contains("未知字段");
    }

    @Test
    void rejectsUnknownTopLevelField() {
        assertThat(onlyProblem("{\"customerId\": \"C1\", \"salary\": 1}").path()).isEqualTo("salary");
    }

    @Test
    void rejectsBadDateNamingPathValueAndFormat() {
        ProfileProblem problem = onlyProblem("""
                {"customerId": "C1", "family": [{"relation": "CHILD", "birthDate": "2018-13-01"}]}""");

        assertThat(problem.path()).isEqualTo("family[0].birthDate");
        assertThat(problem.en()).contains("2018-13-01").contains("yyyy-MM-dd");
    }

    @Test
    void rejectsADayThatDoesNotExist() {
        ProfileProblem problem = onlyProblem("{\"customerId\": \"C1\", \"birthDate\": \"2025-02-29\"}");

        assertThat(problem.path()).isEqualTo("birthDate");
        assertThat(problem.en()).contains("2025-02-29").contains("yyyy-MM-dd");
    }

    @Test
    void rejectsDateInAnotherFormat() {
        assertThat(onlyProblem("{\"customerId\": \"C1\", \"birthDate\": \"1990/01/02\"}").path()).isEqualTo("birthDate");
    }

    @Test
    void rejectsBadEnumCodeListingTheAllowedCodes() {
        ProfileProblem problem = onlyProblem("{\"customerId\": \"C1\", \"maritalStatus\": \"已婚\"}");

        assertThat(problem.path()).isEqualTo("maritalStatus");
        assertThat(problem.en()).contains("SINGLE, MARRIED, PARTNERED, DIVORCED, WIDOWED");
    }

    @Test
    void rejectsNumericEnumCode() {
        assertThat(onlyProblem("""
                {"customerId": "C1", "liabilities": [{"kind": 0}]}""").path()).isEqualTo("liabilities[0].kind");
    }

    @Test
    void rejectsAmountGivenAsText() {
        ProfileProblem problem = onlyProblem("{\"customerId\": \"C1\", \"income\": {\"salary\": \"300000\"}}");

        assertThat(problem.path()).isEqualTo("income.salary");
        assertThat(problem.en()).contains("a number");
    }

    @Test
    void rejectsTextGivenAsNumber() {
        assertThat(onlyProblem("{\"customerId\": \"C1\", \"mobile\": 13800138000}").path()).isEqualTo("mobile");
    }

    @Test
    void rejectsFractionalCount() {
        assertThat(onlyProblem("""
                {"customerId": "C1", "investmentHistory": {"years": 2.5}}""").path()).isEqualTo("investmentHistory.years");
    }

    @Test
    void rejectsEveryNegativeAmountWithItsPath() {
        ProfileInvalid invalid = invalid("""
                {"customerId": "C1", "income": {"salary": -1}, "liabilities": [{"kind": "MORTGAGE", "outstanding": -0.5}]}""");

        assertThat(invalid.problems()).extracting(ProfileProblem::path)
                .containsExactly("income.salary", "liabilities[0].outstanding");
        assertThat(invalid.getMessage()).contains("income.salary").contains("must not be negative");
    }

    @Test
    void rejectsTextWithANulWithItsPathSinceTheDatabaseCannotStoreIt() {
        ProfileInvalid invalid = invalid("""
                {"customerId": "C1", "name": "王\\u0000明", "family": [{"relation": "CHILD", "name": "\\u0000"}]}""");

        assertThat(invalid.problems()).extracting(ProfileProblem::path).containsExactly("name", "family[0].name");
        assertThat(invalid.problems().get(0).zh()).isEqualTo("文本不能包含控制字符（NUL，\\u0000）");
        assertThat(invalid.problems().get(0).en()).isEqualTo("text must not contain control characters (NUL, \\u0000)");
    }

    @Test
    void requiresCustomerId() {
        assertThat(onlyProblem("{\"name\": \"王\"}").path()).isEqualTo("customerId");
        assertThat(onlyProblem("{\"customerId\": \" \"}").path()).isEqualTo("customerId");
    }

    @Test
    void rejectsSourcesForUnknownGroup() {
        ProfileProblem problem = onlyProblem("""
                {"customerId": "C1", "sources": {"salary": {"source": "IMPORT"}}}""");

        assertThat(problem.path()).isEqualTo("sources.salary");
        assertThat(problem.en()).contains("income");
    }

    @Test
    void rejectsMalformedJsonAndDuplicateFields() {
        assertThat(onlyProblem("{\"customerId\": \"C1\",}").en()).startsWith("malformed JSON at line 1");
        // the Chinese reason is Chinese: the parser's English wording stays in the English one
        assertThat(onlyProblem("{\"customerId\": \"C1\",}").zh()).startsWith("JSON 格式错误（第 1 行").contains("此处不应出现字符“}”")
                .doesNotContain("Unexpected");
        assertThat(onlyProblem("{\"customerId\": \"C1\"").zh()).contains("内容意外结束").doesNotContain("end-of-input");
        assertThat(onlyProblem("{\"customerId\": C1}").zh()).contains("无法识别“C1”");
        assertThat(onlyProblem("{\"customerId\": \"C1\", \"name\": \"a\", \"name\": \"b\"}").en()).contains("name");
        assertThat(onlyProblem("{\"customerId\": \"C1\"} {}").en()).isNotBlank();
    }

    @Test
    void namesTheSourceInTheMessage() {
        assertThatThrownBy(() -> ProfileJson.read(new StringReader("[]"), "upload.json"))
                .isInstanceOf(ProfileInvalid.class).hasMessageContaining("upload.json");
    }

    @Test
    void readsGoodJsonLinesAndReportsBadOnesByLineAndPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("profiles.jsonl");
        Files.writeString(file, """
                {"customerId": "C1"}

                {"customerId": "C2", "gender": "X"}
                {"customerId": "C3", "income": {"salary": 1}}
                {"customerId":
                """, StandardCharsets.UTF_8);
        List<Profile> good = new ArrayList<>();
        List<ImportIssue> bad = new ArrayList<>();

        ProfileJson.readLines(file, good::add, bad::add);

        assertThat(good).extracting(Profile::customerId).containsExactly("C1", "C3");
        assertThat(bad).extracting(ImportIssue::line).containsExactly(3L, 5L);
        assertThat(bad.get(0).column()).isEqualTo("gender");
        assertThat(bad.get(0).reason()).contains("M, F");
    }

    @Test
    void readsArrayOfDocumentsReportingBadOnesAtTheirLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, "\uFEFF[\n{\"customerId\": \"C1\"},\n{\"customerId\": \"C2\", \"x\": 1},\n{\"customerId\": \"C3\"}\n]",
                StandardCharsets.UTF_8);
        List<Profile> good = new ArrayList<>();
        List<ImportIssue> bad = new ArrayList<>();

        ProfileJson.readDocuments(file, good::add, bad::add);

        assertThat(good).as("issues: %s", bad).extracting(Profile::customerId).containsExactly("C1", "C3");
        assertThat(bad).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.column()).isEqualTo("x");
        });
    }

    @Test
    void readsSingleDocumentFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.json");
        Files.writeString(file, ProfileFixture.domainExampleJson(), StandardCharsets.UTF_8);
        List<Profile> good = new ArrayList<>();
        List<ImportIssue> bad = new ArrayList<>();

        ProfileJson.readDocuments(file, good::add, bad::add);

        assertThat(bad).isEmpty();
        assertThat(good).containsExactly(ProfileJson.read(ProfileFixture.domainExampleJson()));
    }

    private static ProfileInvalid invalid(String json) {
        return catchThrowableOfType(ProfileInvalid.class, () -> ProfileJson.read(json));
    }

    private static ProfileProblem onlyProblem(String json) {
        ProfileInvalid invalid = invalid(json);
        assertThat(invalid).as("expected %s to be rejected", json).isNotNull();
        assertThat(invalid.problems()).hasSize(1);
        return invalid.problems().get(0);
    }
}

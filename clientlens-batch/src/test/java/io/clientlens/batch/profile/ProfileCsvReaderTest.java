package io.clientlens.batch.profile;

import io.clientlens.customer.Assets;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Income;
import io.clientlens.customer.Liability;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.clientlens.batch.profile.ProfileFixture.amount;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileCsvReaderTest {
    @TempDir
    Path dir;
    private final List<Profile> good = new ArrayList<>();
    private final List<ImportIssue> bad = new ArrayList<>();

    @Test
    void deliversGoodRowsAndSkipsTheBadOneNamingLineAndColumn() throws Exception {
        read("""
                customerId,name,birthDate,income.salary
                C1,王小明,1988-03-01,300000
                C2,李四,1988-02-30,200000
                C3,张三,,
                """);

        assertThat(good).extracting(Profile::customerId).containsExactly("C1", "C3");
        assertThat(bad).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.column()).isEqualTo("birthDate");
            assertThat(issue.reason()).contains("1988-02-30").contains("yyyy-MM-dd");
        });
    }

    @Test
    void reportsEveryBadCellOfARow() throws Exception {
        read("""
                customerId,gender,income.salary
                C1,X,-5
                """);

        assertThat(good).isEmpty();
        assertThat(bad).extracting(ImportIssue::column).containsExactly("gender", "income.salary");
        assertThat(bad.get(1).reason()).contains("-5").contains("≥ 0");
    }

    @Test
    void buildsGroupsOnlyFromCellsThatHaveValues() throws Exception {
        read("""
                customerId,income.salary,income.business,expenses.living,assets.cash,mortgage.outstanding,mortgage.monthlyPayment,creditCard.outstanding
                C1,300000,,,,1500000,9000,
                """);

        Profile p = good.get(0);
        assertThat(p.income()).isEqualTo(new Income(amount("300000"), null, null, null));
        assertThat(p.expenses()).isNull();
        assertThat(p.assets()).isNull();
        assertThat(p.liabilities()).containsExactly(new Liability(Liability.Kind.MORTGAGE, amount("1500000"), amount("9000")));
        assertThat(p.family()).isNull();
    }

    @Test
    void readsFamilyMembersFromNumberedColumns() throws Exception {
        read("""
                customerId,spouse.birthDate,spouse.annualIncome,child1.birthDate,child1.educationAnnualCost,child2.birthDate,child2.independent,parent1.birthDate,parent1.annualSupport
                C1,1991-05-01,120000,2018-09-01,20000,2000-01-01,是,1960-01-01,12000
                """);

        assertThat(good.get(0).family()).containsExactly(
                new FamilyMember(FamilyMember.Relation.SPOUSE, null, LocalDate.of(1991, 5, 1), amount("120000"), null, null, null, null),
                new FamilyMember(FamilyMember.Relation.CHILD, null, LocalDate.of(2018, 9, 1), null, null, amount("20000"), null, null),
                new FamilyMember(FamilyMember.Relation.CHILD, null, LocalDate.of(2000, 1, 1), null, true, null, null, null),
                new FamilyMember(FamilyMember.Relation.PARENT, null, LocalDate.of(1960, 1, 1), null, null, null, amount("12000"), null));
    }

    @Test
    void acceptsChineseHeadersAndValuesIgnoringCaseAndBlanks() throws Exception {
        read("""
                客户号, 姓名 ,性别,出生日期,婚姻状况,是否退休,手机
                C1,王小明,男,1980/3/1,已婚,否,13800138000
                """);

        assertThat(bad).isEmpty();
        Profile p = good.get(0);
        assertThat(p.name()).isEqualTo("王小明");
        assertThat(p.gender()).isEqualTo(Gender.M);
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1980, 3, 1));
        assertThat(p.maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
        assertThat(p.retired()).isFalse();
        assertThat(p.mobile()).isEqualTo("13800138000");
    }

    @Test
    void matchesEnglishHeadersIgnoringCase() throws Exception {
        read("CUSTOMERID,Income.Salary\nC1,1\n");

        assertThat(good.get(0).income().salary()).isEqualByComparingTo("1");
    }

    @Test
    void readsFileWithByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFcustomerId,name\nC1,王小明\n").getBytes(StandardCharsets.UTF_8));

        ProfileCsvReader.read(file, good::add, bad::add);

        assertThat(bad).isEmpty();
        assertThat(good).extracting(Profile::customerId).containsExactly("C1");
    }

    @Test
    void rejectsWholeFileWithUnknownHeaderBeforeAnyRow() throws Exception {
        read("""
                customerId,name,salary
                C1,王小明,300000
                """);

        assertThat(good).isEmpty();
        assertThat(bad).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(1);
            assertThat(issue.column()).isEqualTo("salary");
            assertThat(issue.reason()).contains("unknown column");
        });
    }

    @Test
    void rejectsFileWithoutCustomerIdColumnOrWithRepeatedColumn() throws Exception {
        read("name,姓名\n王,王\n");

        assertThat(good).isEmpty();
        assertThat(bad).extracting(ImportIssue::column).containsExactly("姓名", "customerId");
    }

    @Test
    void requiresCustomerIdInEveryRow() throws Exception {
        read("customerId,name\n,王小明\n");

        assertThat(bad).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.column()).isEqualTo("customerId");
        });
    }

    @Test
    void reportsValueInColumnWithoutHeader() throws Exception {
        read("customerId,name\nC1,王,extra\nC2,李,\n");

        assertThat(good).extracting(Profile::customerId).containsExactly("C2");
        assertThat(bad).singleElement().extracting(ImportIssue::line).isEqualTo(2L);
    }

    @Test
    void appliesSourceAndDateToEveryGroupInTheRow() throws Exception {
        read("""
                customerId,name,birthDate,income.salary,source,collectedOn
                C1,王小明,1980-01-01,1,调查问卷,2024-05-06
                """);

        FactSource questionnaire = new FactSource(FactSource.Channel.QUESTIONNAIRE, LocalDate.of(2024, 5, 6));
        assertThat(good.get(0).sources()).containsOnlyKeys("basic", "income").containsValue(questionnaire);
    }

    @Test
    void reportsLineOfRowAfterQuotedLineBreak() throws Exception {
        read("customerId,address\nC1,\"北京市\n朝阳区\"\nC2,x\nC3,y,z\n");

        assertThat(good).extracting(Profile::customerId).containsExactly("C1", "C2");
        assertThat(good.get(0).address()).isEqualTo("北京市\n朝阳区");
        assertThat(bad).singleElement().extracting(ImportIssue::line).isEqualTo(5L);
    }

    @Test
    void readsEveryColumnOfTheFullExample() throws Exception {
        Files.copy(ProfileFixture.class.getResourceAsStream("every-column.csv"), dir.resolve("every.csv"));

        ProfileCsvReader.read(dir.resolve("every.csv"), good::add, bad::add);

        assertThat(bad).isEmpty();
        Profile p = good.get(0);
        assertThat(p.assets()).isEqualTo(new Assets(amount("50000"), amount("200000"), amount("100000"), amount("50000"),
                amount("0"), amount("0"), amount("0"), amount("0"), amount("3000000"), amount("150000"), amount("0")));
        assertThat(p.liabilities()).extracting(Liability::kind).containsExactly(Liability.Kind.MORTGAGE,
                Liability.Kind.CAR_LOAN, Liability.Kind.CONSUMER_LOAN, Liability.Kind.CREDIT_CARD);
        assertThat(p.investmentHistory().productTypes()).containsExactly("FUND", "STOCK");
        assertThat(p.insurance().medical()).isTrue();
        assertThat(p.family()).hasSize(6);
        assertThat(p.financialAssetsElsewhere()).isEqualByComparingTo("400000");
    }

    private void read(String csv) throws Exception {
        Path file = dir.resolve("profiles.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ProfileCsvReader.read(file, good::add, bad::add);
    }
}

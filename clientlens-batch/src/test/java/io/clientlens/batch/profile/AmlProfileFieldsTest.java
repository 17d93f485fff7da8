package io.clientlens.batch.profile;

import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Identity;
import io.clientlens.customer.Onboarding;
import io.clientlens.customer.Pep;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The know-your-customer facts for anti-money laundering, in the profile document and in table imports. */
class AmlProfileFieldsTest {
    @TempDir
    Path dir;

    @Test
    void readsIdentityPepOnboardingFundsWealthAndPurpose() {
        Profile p = ProfileJson.read("""
                {"customerId": "C1", "identity": {"verified": true, "method": "FACE_RECOGNITION"}, "pep": "ASSOCIATE",
                 "onboarding": "NON_FACE_TO_FACE", "sourceOfFunds": "经营收入", "sourceOfWealth": "继承",
                 "accountPurpose": "货款结算"}""");

        assertThat(p.identity()).isEqualTo(new Identity(true, Identity.Method.FACE_RECOGNITION));
        assertThat(p.pep()).isEqualTo(Pep.ASSOCIATE);
        assertThat(p.onboarding()).isEqualTo(Onboarding.NON_FACE_TO_FACE);
        assertThat(p.sourceOfFunds()).isEqualTo("经营收入");
        assertThat(p.sourceOfWealth()).isEqualTo("继承");
        assertThat(p.accountPurpose()).isEqualTo("货款结算");
    }

    @Test
    void readsBusinessScopeAndVerificationOfBeneficialOwners() {
        Profile p = ProfileJson.read("""
                {"customerId": "E1", "type": "CORPORATE", "corporate": {"registeredCapital": 1000000,
                 "businessScope": "艺术品拍卖", "beneficialOwners": [{"name": "甲", "share": 0.7, "verified": false}]}}""");

        assertThat(p.corporate().businessScope()).isEqualTo("艺术品拍卖");
        assertThat(p.corporate().beneficialOwners()).extracting(Corporate.BeneficialOwner::verified).containsExactly(false);
    }

    @Test
    void refusesAnUnknownPepCodeNamingTheField() {
        ProfileInvalid invalid = catchThrowableOfType(ProfileInvalid.class,
                () -> ProfileJson.read("{\"customerId\": \"C1\", \"pep\": \"MINISTER\"}"));

        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("pep");
            assertThat(problem.reason()).contains("MINISTER").contains("FOREIGN");
        });
    }

    @Test
    void refusesAVerificationGivenAsTextAndAnUnknownMethod() {
        assertThat(problemPaths("{\"customerId\": \"C1\", \"identity\": {\"verified\": \"yes\"}}"))
                .containsExactly("identity.verified");
        assertThat(problemPaths("{\"customerId\": \"C1\", \"identity\": {\"method\": \"PHONE\"}}"))
                .containsExactly("identity.method");
        assertThat(problemPaths("{\"customerId\": \"C1\", \"onboarding\": \"ONLINE\"}")).containsExactly("onboarding");
    }

    @Test
    void refusesAnOwnerShareAboveTheWhole() {
        ProfileInvalid invalid = catchThrowableOfType(ProfileInvalid.class, () -> ProfileJson.read("""
                {"customerId": "E1", "corporate": {"beneficialOwners": [{"name": "甲", "share": 0.5}, {"name": "乙", "share": 25}]}}"""));

        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("corporate.beneficialOwners[1].share");
            assertThat(problem.reason()).contains("25").contains("0 to 1");
        });
    }

    @Test
    void readsTheAmlAndCorporateColumnsOfATable() throws Exception {
        List<Profile> good = new ArrayList<>();
        read("""
                客户号,客户类型,身份已核实,身份核实方式,政治公众人物,开户方式,资金来源,注册资本,经营范围,受益所有人1姓名,受益所有人1持股比例,受益所有人1身份已核实
                E1,企业,是,企业登记核查,非政要,非面对面,货款,2000000,典当,王五,60%,否
                """, good, new ArrayList<>());

        Profile p = good.get(0);
        assertThat(p.type()).isEqualTo(CustomerType.CORPORATE);
        assertThat(p.identity()).isEqualTo(new Identity(true, Identity.Method.BUSINESS_REGISTRY));
        assertThat(p.pep()).isEqualTo(Pep.NONE);
        assertThat(p.onboarding()).isEqualTo(Onboarding.NON_FACE_TO_FACE);
        assertThat(p.corporate().registeredCapital()).isEqualByComparingTo("2000000");
        assertThat(p.corporate().businessScope()).isEqualTo("典当");
        assertThat(p.corporate().beneficialOwners()).containsExactly(
                new Corporate.BeneficialOwner("王五", null, new java.math.BigDecimal("0.60"), false));
    }

    @Test
    void refusesBadAmlCellsNamingTheColumn() throws Exception {
        List<ImportIssue> bad = new ArrayList<>();
        read("""
                customerId,pep,onboarding,owner1.share
                C1,MINISTER,ONLINE,1.5
                """, new ArrayList<>(), bad);

        assertThat(bad).extracting(ImportIssue::column).containsExactly("pep", "onboarding", "owner1.share");
        assertThat(bad.get(0).reason()).contains("MINISTER").contains("FOREIGN");
        assertThat(bad.get(2).reason()).contains("0 to 1");
    }

    private void read(String csv, List<Profile> good, List<ImportIssue> bad) throws Exception {
        Path file = dir.resolve("profiles.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ProfileCsvReader.read(file, good::add, bad::add);
    }

    private static List<String> problemPaths(String json) {
        ProfileInvalid invalid = catchThrowableOfType(ProfileInvalid.class, () -> ProfileJson.read(json));
        assertThat(invalid).as("expected %s to be refused", json).isNotNull();
        return invalid.problems().stream().map(ProfileProblem::path).toList();
    }
}

package io.clientlens.batch.profile;

import io.clientlens.customer.Assets;
import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Goal;
import io.clientlens.customer.Identity;
import io.clientlens.customer.Onboarding;
import io.clientlens.customer.Pep;
import io.clientlens.customer.Income;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.InvestmentHistory;
import io.clientlens.customer.Liability;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

final class ProfileFixture {
    private ProfileFixture() {
    }

    static String domainExampleJson() {
        try (InputStream in = ProfileFixture.class.getResourceAsStream("domain-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field of every group filled, with fractional amounts, so a round trip tests them all. */
    static Profile everyFieldFilled() {
        return Profile.builder("C0042")
                .type(CustomerType.INDIVIDUAL).name("李娜").residentId("11010519491231002X").gender(Gender.F)
                .birthDate(LocalDate.of(1985, 3, 14)).mobile("13900139000").email("li.na@example.cn")
                .address("上海市浦东新区世纪大道 100 号").nationality("CN").residency(Profile.Residency.DOMESTIC)
                .region("上海市").branch("陆家嘴支行").relationshipManager("RM-007").employer("某某科技有限公司")
                .title("经理").occupation("manager").industry("IT").education("硕士").healthStatus("良好")
                .maritalStatus(MaritalStatus.MARRIED).retired(false)
                .family(List.of(
                        new FamilyMember(FamilyMember.Relation.SPOUSE, "张伟", LocalDate.of(1984, 7, 2),
                                amount("180000.50"), null, null, null, "良好"),
                        new FamilyMember(FamilyMember.Relation.CHILD, "张小宝", LocalDate.of(2012, 9, 1),
                                null, true, amount("30000"), null, null),
                        new FamilyMember(FamilyMember.Relation.PARENT, null, LocalDate.of(1955, 1, 1),
                                null, null, null, amount("24000"), "高血压")))
                .income(new Income(amount("360000.00"), amount("0"), amount("12000.75"), null))
                .expenses(new Expenses(amount("96000"), amount("36000"), amount("30000"), amount("12000"),
                        amount("24000"), amount("6000")))
                .assets(new Assets(amount("80000"), amount("300000"), amount("200000"), amount("50000"),
                        amount("20000"), amount("0"), amount("10000"), amount("15000"), amount("5000000"),
                        amount("200000"), amount("0")))
                .liabilities(List.of(new Liability(Liability.Kind.MORTGAGE, amount("1800000"), amount("11000")),
                        new Liability(Liability.Kind.CREDIT_CARD, amount("5200.30"), amount("5200.30"))))
                .insurance(new Insurance(amount("1000000"), amount("500000"), true, amount("300000"),
                        amount("60000"), amount("0")))
                .investmentHistory(new InvestmentHistory(6, List.of("FUND", "STOCK"), 14))
                .financialAssetsElsewhere(amount("400000"))
                .goals(List.of(new Goal(Goal.Type.EDUCATION, "留学", amount("800000"), LocalDate.of(2030, 9, 1), 1),
                        new Goal(Goal.Type.RETIREMENT, null, amount("3000000"), LocalDate.of(2045, 1, 1), 2)))
                .hobbies(List.of("高尔夫", "旅行")).preferredChannels(List.of("WECHAT", "BRANCH"))
                .sources(Map.of("income", new FactSource(FactSource.Channel.QUESTIONNAIRE, LocalDate.of(2024, 5, 6)),
                        "basic", new FactSource(FactSource.Channel.ACCOUNT_OPENING, LocalDate.of(2019, 1, 2))))
                .identity(new Identity(true, Identity.Method.ONLINE_CHECK)).pep(Pep.NONE)
                .onboarding(Onboarding.FACE_TO_FACE).sourceOfFunds("工资收入").sourceOfWealth("工作积累")
                .accountPurpose("代发工资及理财")
                .build();
    }

    static Profile corporateCustomer() {
        return Profile.builder("E0007").type(CustomerType.CORPORATE).name("杭州某某贸易有限公司")
                .industry("批发和零售业").address("杭州市西湖区文三路 1 号")
                .corporate(new Corporate("91330106MA27XXXX0X", "陈刚", amount("5000000"), "SMALL",
                        List.of(new Corporate.BeneficialOwner("陈刚", "330106198001010011", amount("0.60"), true),
                                new Corporate.BeneficialOwner("刘芳", null, amount("0.40"))), "服装批发；进出口业务"))
                .identity(new Identity(true, Identity.Method.BUSINESS_REGISTRY)).onboarding(Onboarding.NON_FACE_TO_FACE)
                .build();
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}

package io.clientlens.app.customer;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Profile;
import io.clientlens.identity.Masking;
import io.clientlens.identity.ResidentId;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A property over seeded random customers: from any masked view of a customer (the REST document for every role
 * that may read it, the customer 360 page, the masked {@code profile export}), the resident IDs consistent with
 * what is shown number at least 1,000. "Consistent" is what an attacker can use: every visible character of the
 * masked ID, a valid calendar date (pinned when the full birth date appears in any usual format, else within the
 * birth year when that appears, else 1900 to today), the area code (pinned when the district's name or code
 * appears, else any district number of the visible city), and the check character. Family members' names and
 * the employer are checked as well (docs/SECURITY.md, "What masked views show").
 */
class MaskedViewReidentificationTest extends PostgresTest {
    static final int CUSTOMERS = 24;
    static final Pattern MASKED_ID = Pattern.compile("(\\d{4})\\*{13}([\\dX])");
    /** Real districts with their area codes (GB/T 2260), the way an attacker would look them up. */
    static final String[][] DISTRICTS = {
            {"110105", "北京市", "朝阳区"}, {"310115", "上海市", "浦东新区"}, {"440106", "广东省广州市", "天河区"},
            {"330106", "浙江省杭州市", "西湖区"}, {"510107", "四川省成都市", "武侯区"}, {"350203", "福建省厦门市", "思明区"}};
    static final String SURNAMES = "王李张刘陈杨黄赵吴周";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
    static final JsonMapper JSON = JsonMapper.builder().build();

    MockMvc mvc;
    @Autowired
    Customers customers;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    record Truth(String residentId, String district, LocalDate birthDate, String employer, List<String> familyNames) {
    }

    @Test
    void everyMaskedViewLeavesAtLeastAThousandCandidateResidentIds() throws Exception {
        List<Truth> truths = new ArrayList<>();
        for (int seed = 0; seed < CUSTOMERS; seed++) {
            truths.add(save(new Random(0x5eed_1600L + seed), "M" + (1000 + seed)));
        }
        for (int i = 0; i < truths.size(); i++) {
            Truth truth = truths.get(i);
            String id = "M" + (1000 + i);
            for (Role role : new Role[]{Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH,
                    Role.COMPLIANCE, Role.ADMIN}) {
                String api = mvc.perform(get("/api/v1/customers/" + id).header(HttpHeaders.AUTHORIZATION, bearer(role)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                check("REST as " + role + ", seed " + i, api, truth);
                boolean employerShown = io.clientlens.app.security.Capability.READ_EMPLOYER.allows(role);
                assertThat(api.contains(truth.employer())).as("employer shown to %s", role).isEqualTo(employerShown);
                String page = mvc.perform(get("/customers/" + id).with(signedIn(role)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                check("360 page as " + role + ", seed " + i, page, truth);
            }
            String exported = JSON.writeValueAsString(MaskedProfile.document(customers.profile(id).orElseThrow(), false));
            check("profile export, seed " + i, exported, truth);
            assertThat(exported).doesNotContain(truth.employer());
        }
    }

    private Truth save(Random random, String customerId) {
        String[] district = DISTRICTS[random.nextInt(DISTRICTS.length)];
        LocalDate born = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(70 * 365));
        Gender gender = random.nextBoolean() ? Gender.M : Gender.F;
        int sequence = random.nextInt(500) * 2 + (gender == Gender.M ? 1 : 0);
        String first17 = district[0] + born.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
        String residentId = first17 + ResidentId.checkCharacter(first17);
        String spouse = name(random);
        String child = name(random);
        String employer = "华" + GIVEN.charAt(random.nextInt(GIVEN.length())) + "科技有限公司" + random.nextInt(1000);
        Profile profile = Profile.builder(customerId).type(CustomerType.INDIVIDUAL).name(name(random)).residentId(residentId)
                .gender(gender).birthDate(born).mobile("139" + "%08d".formatted(random.nextInt(100_000_000)))
                .address(district[1] + district[2] + "建设路" + (1 + random.nextInt(300)) + "号")
                .region(district[1]).branch("BR001").relationshipManager("RM01").employer(employer)
                .family(List.of(new FamilyMember(FamilyMember.Relation.SPOUSE, spouse, born.plusDays(random.nextInt(2000)), null,
                                null, null, null, null),
                        new FamilyMember(FamilyMember.Relation.CHILD, child, born.plusYears(25 + random.nextInt(10)), null,
                                null, null, null, null)))
                .build();
        customers.save(profile);
        return new Truth(residentId, district[2], born, employer, List.of(spouse, child));
    }

    private static String name(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    private static void check(String view, String shown, Truth truth) {
        for (String name : truth.familyNames()) {
            assertThat(shown).as("%s: a family member's name in clear", view).doesNotContain(name);
        }
        assertThat(shown).as("%s: the clear resident ID", view).doesNotContain(truth.residentId());
        long candidates = candidates(shown, truth);
        assertThat(candidates).as("%s: resident IDs consistent with what is shown", view).isGreaterThanOrEqualTo(1_000);
    }

    /** The 18-character resident IDs consistent with the text, counted as an attacker would narrow them down. */
    static long candidates(String shown, Truth truth) {
        Matcher m = MASKED_ID.matcher(shown);
        assertThat(m.find()).as("the masked resident ID is shown").isTrue();
        String head = m.group(1);
        String tail = m.group(2);
        LocalDate born = truth.birthDate();
        boolean datePinned = shown.contains(born.toString()) || shown.contains(born.format(DateTimeFormatter.BASIC_ISO_DATE))
                || shown.contains(born.getYear() + "年" + born.getMonthValue() + "月" + born.getDayOfMonth() + "日")
                || shown.contains(born.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        boolean yearShown = Pattern.compile("(?<!\\d)" + born.getYear() + "(?!\\d)").matcher(shown).find();
        String area = truth.residentId().substring(0, 6);
        boolean areaPinned = shown.contains(truth.district()) || Pattern.compile("(?<!\\d)" + area + "(?!\\d)").matcher(shown).find();
        List<String> areas = new ArrayList<>();
        if (areaPinned) {
            areas.add(area);
        } else {
            for (int d = 1; d <= 99; d++) {
                areas.add(head + "%02d".formatted(d));
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        if (datePinned) {
            dates.add(born);
        } else {
            LocalDate from = yearShown ? LocalDate.of(born.getYear(), 1, 1) : LocalDate.of(1900, 1, 1);
            LocalDate to = yearShown ? LocalDate.of(born.getYear(), 12, 31) : LocalDate.now();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                dates.add(d);
            }
        }
        // The three sequence digits are hidden: for each area and date, count the sequences whose check character is
        // the visible one (the weighted sum splits into the first 14 characters' part and the sequence's part).
        int[] sequencesBySum = new int[11];
        for (int seq = 0; seq < 1000; seq++) {
            sequencesBySum[weightedSum("%03d".formatted(seq), 14)]++;
        }
        char check = tail.charAt(0);
        long count = 0;
        boolean truthFound = false;
        for (String a : areas) {
            if (!a.startsWith(head)) {
                continue;
            }
            for (LocalDate d : dates) {
                String first14 = a + d.format(DateTimeFormatter.BASIC_ISO_DATE);
                int prefix = weightedSum(first14, 0);
                for (int r = 0; r < 11; r++) {
                    if (CHECK.charAt((prefix + r) % 11) == check) {
                        count += sequencesBySum[r];
                    }
                }
                truthFound |= truth.residentId().startsWith(first14) && truth.residentId().charAt(17) == check;
            }
        }
        assertThat(truthFound).as("the true ID is among the candidates (the count is of the right set)").isTrue();
        return count;
    }

    /** ISO 7064 MOD 11-2 as the resident ID uses it: the check character by the weighted sum mod 11. */
    private static final String CHECK = "10X98765432";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** The weighted sum mod 11 of {@code digits} standing at positions {@code from}… of the first 17. */
    private static int weightedSum(String digits, int from) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[from + i];
        }
        return sum % 11;
    }

    @Test
    void theCheckCharacterIsTheOneResidentIdComputes() {
        for (String first17 : List.of("11010519491231002", "44010619800930072", "31011520051231999", "51010719350101000")) {
            assertThat(CHECK.charAt((weightedSum(first17.substring(0, 14), 0) + weightedSum(first17.substring(14), 14)) % 11))
                    .isEqualTo(ResidentId.checkCharacter(first17));
        }
    }

    /**
     * A birthday reminder tells the RM the customer's birth date, and the address shows the city: with both, the ID
     * masked to its first 4 and last 4 characters left only the district (and the check character) to find.
     */
    @Test
    void theFullBirthDateBesideTheMaskedIdLeavesThousandsOfCandidates() {
        String id = "11010519491231002X";
        Truth truth = new Truth(id, "朝阳区", LocalDate.of(1949, 12, 31), "x", List.of());
        long shown = candidates(Masking.residentId(id) + " 客户 2026-12-31 过 77 岁生日，出生于 1949-12-31 "
                + Masking.address("北京市朝阳区建国路"), truth);
        assertThat(shown).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void theCountIsSmallWhenTheBirthDateAndDistrictAreShown() {
        String id = "11010519491231002X";
        Truth truth = new Truth(id, "朝阳区", LocalDate.of(1949, 12, 31), "x", List.of());
        // only the three sequence digits left: about 1,000 ÷ 11
        assertThat(candidates(Masking.residentId(id) + " 1949-12-31 北京市朝阳区建国路", truth)).isBetween(50L, 150L);
        assertThat(candidates(Masking.residentId(id) + " 1949 北京市朝阳区建国路", truth)).isBetween(20_000L, 45_000L);
        assertThat(candidates(Masking.residentId(id) + " 1949 " + Masking.address("北京市朝阳区建国路"), truth))
                .isGreaterThanOrEqualTo(1_000);
    }
}

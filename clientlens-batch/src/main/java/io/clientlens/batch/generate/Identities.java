package io.clientlens.batch.generate;

import io.clientlens.customer.Gender;
import io.clientlens.identity.ResidentId;
import io.clientlens.identity.Uscc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Valid identity numbers and contact details: resident IDs, USCCs, mobiles, e-mail addresses. */
final class Identities {
    private Identities() {
    }

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    // Prefixes of the three mainland carriers; all match 1[3-9]\d (docs/SECURITY.md).
    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "134", "135", "136",
            "137", "138", "139", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
            "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
            "198", "199");
    private static final List<String> MAIL_DOMAINS = List.of("qq.com", "163.com", "126.com", "sina.com",
            "foxmail.com", "139.com", "gmail.com");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    // The USCC code set without the check-only letters (GB 32100).
    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** A GB 11643 number: district code, birth date, sequence (odd for men) and check character. */
    static String residentId(String districtCode, LocalDate birthDate, Gender gender, Draw draw) {
        int genderDigit = draw.between(0, 4) * 2 + (gender == Gender.M ? 1 : 0);
        String first17 = districtCode + BASIC_DATE.format(birthDate) + draw.digits(2) + genderDigit;
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** A GB 32100 code of a company (registration authority 9, enterprise 1) registered in the district. */
    static String uscc(String districtCode, Draw draw) {
        StringBuilder first17 = new StringBuilder("91").append(districtCode);
        for (int i = 0; i < 9; i++) {
            first17.append(draw.pick(USCC_CHARACTERS));
        }
        return first17.toString() + Uscc.checkCharacter(first17.toString());
    }

    static String mobile(Draw draw) {
        return draw.pick(MOBILE_PREFIXES) + draw.digits(8);
    }

    /** A QQ number address or a short handle at a common Chinese mail service. */
    static String email(Draw draw) {
        String domain = draw.pick(MAIL_DOMAINS);
        if (domain.equals("qq.com") || draw.chance(0.3)) {
            return draw.between(1, 9) + draw.digits(draw.between(5, 9)) + "@" + domain;
        }
        StringBuilder handle = new StringBuilder();
        for (int i = draw.between(4, 8); i > 0; i--) {
            handle.append(draw.pick(LETTERS));
        }
        return handle.append(draw.digits(draw.between(0, 4))).append('@').append(domain).toString();
    }
}

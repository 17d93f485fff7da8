package io.clientlens.identity;

import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Identity numbers and profiles built the way the standards say, so that tests state their intent. */
final class IdentityFixture {

    /** The example number of GB 11643 material: Beijing Chaoyang, born 1949-12-31, a woman, check X. */
    static final String WANG_RESIDENT_ID = "11010519491231002X";
    /** A real company's code (福建 registration), quoted widely as a USCC example. */
    static final String REAL_USCC = "91350100M000100Y43";
    /** The 19-digit card number used as an example in Chinese bank documentation; Luhn-valid. */
    static final String ABC_CARD = "6228480402564890018";

    private IdentityFixture() {
    }

    static String residentId(String region, LocalDate birthDate, int sequence) {
        String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + ResidentId.checkCharacter(first17);
    }

    static String uscc(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }

    static String card(String payload) {
        return payload + BankCard.checkDigit(payload);
    }

    static Profile individual(String residentId) {
        return Profile.builder("C0001").type(CustomerType.INDIVIDUAL).name("王小明").residentId(residentId).build();
    }

    static Profile individual(String residentId, LocalDate birthDate, Gender gender) {
        return individual(residentId).toBuilder().birthDate(birthDate).gender(gender).build();
    }

    static Profile company(String uscc, String... ownerResidentIds) {
        List<Corporate.BeneficialOwner> owners = java.util.Arrays.stream(ownerResidentIds)
                .map(id -> new Corporate.BeneficialOwner("股东", id, new BigDecimal("0.5")))
                .toList();
        return Profile.builder("K0001").type(CustomerType.CORPORATE).name("福州某某有限公司")
                .corporate(new Corporate(uscc, "李四", new BigDecimal("10000000"), "SMALL", owners))
                .build();
    }
}

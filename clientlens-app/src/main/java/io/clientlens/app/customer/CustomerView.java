package io.clientlens.app.customer;

import io.clientlens.batch.export.StoredClassification;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.customer.KycCompleteness;
import io.clientlens.customer.Profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One customer as shown to staff: identity masked, KYC completeness, and the classification of
 * the latest run (null when never classified). The clear profile stays inside the server.
 */
public record CustomerView(String customerId, Map<String, String> maskedIdentity, KycCompleteness completeness,
                           StoredClassification classification) {

    public static CustomerView of(Profile profile, StoredClassification classification) {
        return new CustomerView(profile.customerId(), MaskedProfile.identity(profile), KycCompleteness.of(profile),
                classification);
    }

    /** The masked identity with its codes shown as words: 个人客户 rather than INDIVIDUAL, 女 rather than F. */
    public Map<String, String> identityInWords(Language lang) {
        Map<String, String> out = new LinkedHashMap<>();
        // a company has a name, not a person's name: shown under its own heading, in the same place
        boolean company = "CORPORATE".equals(maskedIdentity.get("type"));
        maskedIdentity.forEach((key, value) -> out.put(company && key.equals("name") ? "companyName" : key, value));
        String type = maskedIdentity.get("type");
        if (type != null) {
            out.put("type", Dimension.CUSTOMER_TYPE.labelOf(type).in(lang));
        }
        String gender = maskedIdentity.get("gender");
        if (gender != null) {
            out.put("gender", switch (gender) {
                case "M" -> lang == Language.EN ? "Male" : "男";
                case "F" -> lang == Language.EN ? "Female" : "女";
                default -> gender;
            });
        }
        return out;
    }

    public Map<String, Object> asDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("customerId", customerId);
        doc.put("identity", maskedIdentity);
        Map<String, Object> kyc = new LinkedHashMap<>();
        kyc.put("completeness", completeness.percent());
        kyc.put("present", completeness.present().stream().map(g -> g.key()).toList());
        kyc.put("missing", completeness.missing().stream().map(g -> g.key()).toList());
        doc.put("kyc", kyc);
        doc.put("classification", classification);
        return doc;
    }
}

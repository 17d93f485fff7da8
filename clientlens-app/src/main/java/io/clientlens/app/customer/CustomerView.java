package io.clientlens.app.customer;

import io.clientlens.batch.export.StoredClassification;
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

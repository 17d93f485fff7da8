package io.clientlens.app.customer;

import io.clientlens.customer.Profile;
import io.clientlens.identity.Masking;

import java.util.LinkedHashMap;
import java.util.Map;

/** The identity fields of a profile, masked as docs/SECURITY.md requires for display. */
public final class MaskedProfile {
    private MaskedProfile() {
    }

    public static Map<String, String> identity(Profile p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", Masking.name(p.name()));
        m.put("residentId", Masking.residentId(p.residentId()));
        m.put("mobile", Masking.mobile(p.mobile()));
        m.put("email", Masking.email(p.email()));
        m.put("type", p.typeOrIndividual().name());
        m.put("gender", p.gender() == null ? null : p.gender().name());
        m.put("birthYear", p.birthDate() == null ? null : String.valueOf(p.birthDate().getYear()));
        m.put("region", p.region());
        m.put("branch", p.branch());
        m.put("relationshipManager", p.relationshipManager());
        return m;
    }

    /**
     * The profile document with its personal identifiers masked, for export and the API. Amounts
     * stay: they are the subject of the RM's work (issue-level unmasking comes with roles).
     */
    public static Profile masked(Profile p) {
        return p.toBuilder().name(Masking.name(p.name())).residentId(Masking.residentId(p.residentId()))
                .mobile(Masking.mobile(p.mobile())).email(Masking.email(p.email())).build();
    }
}

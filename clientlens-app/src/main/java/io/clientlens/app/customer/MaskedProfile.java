package io.clientlens.app.customer;

import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.identity.Masking;

import java.util.LinkedHashMap;
import java.util.Map;

/** The identity fields of a profile, masked for display (docs/SECURITY.md); a company's name is shown in clear. */
public final class MaskedProfile {
    private MaskedProfile() {
    }

    public static Map<String, String> identity(Profile p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", Masking.customerName(p.name(), p.typeOrIndividual()));
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

    /** A name as shown, given the customer type as stored (INDIVIDUAL, CORPORATE or null): companies in clear. */
    public static String name(String name, String customerType) {
        return Masking.customerName(name, "CORPORATE".equals(customerType) ? CustomerType.CORPORATE : CustomerType.INDIVIDUAL);
    }

    /**
     * The profile document with its personal identifiers masked, for export and the API. Amounts
     * stay: they are the subject of the RM's work (issue-level unmasking comes with roles).
     */
    public static Profile masked(Profile p) {
        return p.toBuilder().name(Masking.customerName(p.name(), p.typeOrIndividual())).residentId(Masking.residentId(p.residentId()))
                .mobile(Masking.mobile(p.mobile())).email(Masking.email(p.email())).corporate(masked(p.corporate())).build();
    }

    /** A company's legal representative and beneficial owners are people: their names and ID numbers are masked. */
    private static Corporate masked(Corporate c) {
        if (c == null) {
            return null;
        }
        return new Corporate(c.uscc(), Masking.name(c.legalRepresentative()), c.registeredCapital(), c.size(),
                c.beneficialOwners().stream().map(o -> new Corporate.BeneficialOwner(Masking.name(o.name()),
                        Masking.residentId(o.residentId()), o.share())).toList());
    }
}

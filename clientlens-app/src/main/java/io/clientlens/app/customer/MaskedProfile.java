package io.clientlens.app.customer;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.batch.json.Json;
import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.customer.FamilyMember;
import io.clientlens.identity.Masking;

import java.time.LocalDate;
import java.util.List;

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

    /**
     * The profile document as every masked view shows it (the REST API, {@code profile export}): identity numbers
     * and names masked as {@link #masked}, and what would let the resident ID be rebuilt from its visible ends cut
     * down (docs/SECURITY.md, "What masked views show"): the birth date as {@code birthYear} only, the address up to
     * its city ({@link Masking#address}), family members' names masked and their birth dates as years; the
     * employer only when {@code withEmployer} (the roles with {@code Capability.READ_EMPLOYER}), otherwise {@code "*"}.
     */
    public static Map<String, Object> document(Profile p, boolean withEmployer) {
        Profile shown = masked(p).toBuilder()
                .birthDate(null)
                .address(Masking.address(p.address()))
                .employer(p.employer() == null || withEmployer ? p.employer() : "*")
                .family(p.family() == null ? null : p.family().stream().map(m -> new FamilyMember(m.relation(),
                        Masking.name(m.name()), null, m.annualIncome(), m.independent(), m.educationAnnualCost(),
                        m.annualSupport(), m.healthStatus())).toList())
                .build();
        Map<String, Object> doc = new LinkedHashMap<>();
        Json.read(ProfileDocuments.toJson(shown)).forEach((key, value) -> {
            doc.put(key, value);
            if (key.equals("gender") || key.equals("name") && p.gender() == null) {
                putYear(doc, p.birthDate());
            }
        });
        putYear(doc, p.birthDate());
        if (doc.get("family") instanceof List<?> family) {
            for (int i = 0; i < family.size(); i++) {
                if (family.get(i) instanceof Map<?, ?> member) {
                    @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) member;
                    LocalDate born = p.family().get(i).birthDate();
                    if (born != null) {
                        m.put("birthYear", born.getYear());
                    }
                }
            }
        }
        return doc;
    }

    private static void putYear(Map<String, Object> doc, LocalDate birthDate) {
        if (birthDate != null && !doc.containsKey("birthYear")) {
            doc.put("birthYear", birthDate.getYear());
        }
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

package io.clientlens.app.service.persistence;

import io.clientlens.identity.Masking;

/** How a customer's name is shown by this feature: a person's masked (surname and *), a company's in clear. */
public final class Names {
    private Names() {
    }

    public static String shown(String customerType, String name) {
        if (name == null) {
            return null;
        }
        return "CORPORATE".equals(customerType) ? name : Masking.name(name);
    }
}

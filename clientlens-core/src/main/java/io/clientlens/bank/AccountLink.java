package io.clientlens.bank;

/**
 * Links a customer to an account (Berka's disposition). {@code OWNER} owns it: AUM, activity,
 * fees, loans and contribution come from owned accounts. {@code AUTHORISED} (Berka's
 * DISPONENT) may use it: any link counts for relationship and tenure.
 */
public record AccountLink(String linkId, String customerId, String accountId, Role role) {
    public enum Role { OWNER, AUTHORISED }

    public AccountLink {
        Account.requireText(linkId, "linkId");
        Account.requireText(customerId, "customerId");
        Account.requireText(accountId, "accountId");
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
    }
}

package io.clientlens.bank;

/** A branch or district: Berka's district (name and region), or a bank branch. */
public record Branch(String branchId, String name, String region) {
    public Branch {
        Account.requireText(branchId, "branchId");
    }
}

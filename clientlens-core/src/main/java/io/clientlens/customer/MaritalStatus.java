package io.clientlens.customer;

public enum MaritalStatus {
    SINGLE, MARRIED, PARTNERED, DIVORCED, WIDOWED;

    /** Married or living as a couple: what the life-cycle rule means by "married (or partnered)". */
    public boolean isCouple() {
        return this == MARRIED || this == PARTNERED;
    }
}

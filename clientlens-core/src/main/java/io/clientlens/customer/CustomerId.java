package io.clientlens.customer;

/** A customer's id at the bank (for Berka data, the client_id as text). */
public record CustomerId(String value) implements Comparable<CustomerId> {
    public CustomerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        if (value.length() > 64) {
            throw new IllegalArgumentException("customerId must be at most 64 characters");
        }
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

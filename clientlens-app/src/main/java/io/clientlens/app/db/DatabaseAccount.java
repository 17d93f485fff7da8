package io.clientlens.app.db;

/** A PostgreSQL role and its password. The password never appears in {@link #toString()}. */
public record DatabaseAccount(String user, String password) {

    @Override
    public String toString() {
        return "DatabaseAccount[" + user + "]";
    }
}

package io.clientlens.app.needs.web;

/** The §2.1 example profile document, shared by the needs API and command-line tests. */
public final class NeedsApiTestProfiles {
    public static final String WANG = NeedsApiTest.WANG;

    private NeedsApiTestProfiles() {
    }
}

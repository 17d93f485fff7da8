package io.clientlens.app.importing;

/** What a load did to one table. Re-running an identical import gives zero inserted and zero updated. */
public record LoadCounts(long inserted, long updated, long unchanged) {
    public long total() {
        return inserted + updated + unchanged;
    }
}

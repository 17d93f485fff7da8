package io.clientlens.suitability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a checked sale may go ahead now: the decision's steps against the steps done. A refused
 * review or approval ends the sale; a non-overridable block never clears.
 */
public sealed interface Clearance {
    String code();

    record Cleared() implements Clearance {
        public String code() {
            return "SALE_ALLOWED";
        }
    }

    record Pending(List<Step> missing) implements Clearance {
        public String code() {
            return "PENDING";
        }
    }

    record Refused(boolean byReviewer) implements Clearance {
        public String code() {
            return "SALE_REFUSED";
        }
    }

    static Clearance of(String decision, boolean overridable, List<Step> steps, Set<Step> done, boolean rejected) {
        if (rejected || ("BLOCKED".equals(decision) && !overridable)) {
            return new Refused(rejected);
        }
        List<Step> missing = new ArrayList<>(steps);
        missing.removeAll(done);
        return missing.isEmpty() ? new Cleared() : new Pending(List.copyOf(missing));
    }
}

package io.clientlens.app.aml;

import io.clientlens.batch.export.StoredClassification;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.code.Dimension;
import io.clientlens.staff.Role;
import org.springframework.security.core.context.SecurityContextHolder;


/**
 * No tipping-off (docs/AML.md, docs/SECURITY.md): relationship managers, sales staff and supervisors work with the
 * customer, so they never see what compliance knows — no alerts, cases or reports, and not the AML rating's reasons
 * either (they would say that a suspicious-transaction report is open). They see only the due-diligence tasks and
 * the suitability reason that new sales wait. This is the one place that decides who may see it.
 */
public final class AmlVisibility {
    private AmlVisibility() {
    }

    /** Whether this role works with customers and so must not learn what compliance knows (Capability.SEE_AML_RATING). */
    public static boolean customerFacing(Role role) {
        return !Capability.SEE_AML_RATING.allows(role);
    }

    /** Whether the signed-in user (none: the command line, trusted on the server) may see the AML rating. */
    public static boolean currentUserMaySeeAmlRating() {
        var a = SecurityContextHolder.getContext().getAuthentication();
        return !(a != null && a.getPrincipal() instanceof SignedInUser user && customerFacing(user.role()));
    }

    /** A customer's codes by dimension without the AML rating, for a user who may not see it. */
    public static java.util.Map<String, String> codesForCurrentUser(java.util.Map<String, String> codes) {
        if (codes == null || currentUserMaySeeAmlRating() || !codes.containsKey(Dimension.AML_RISK.code())) {
            return codes;
        }
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>(codes);
        shown.remove(Dimension.AML_RISK.code());
        return shown;
    }

    /** A stored classification document without the amlRisk dimension, for a user who may not see it. */
    public static StoredClassification forCurrentUser(StoredClassification classification) {
        if (classification == null || currentUserMaySeeAmlRating()) {
            return classification;
        }
        return classification.without(Dimension.AML_RISK);
    }
}

package io.clientlens.app.analytics.web;

import io.clientlens.app.refusal.Forbidden;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Label;


/**
 * Who may do what on the dashboards beyond reading them (reading: SecurityConfiguration's aggregate readers).
 * Segments are defined by analysts and administrators. Target lists name customers (masked), so they are
 * for the roles that run bank-wide marketing: analysts, administrators and the head of wealth management.
 */
final class AnalyticsRoles {

    private AnalyticsRoles() {
    }

    static boolean mayEditSegments(SignedInUser user) {
        return Capability.EDIT_SEGMENTS.allows(user.role());
    }

    static boolean mayExportTargets(SignedInUser user) {
        return Capability.EXPORT_TARGETS.allows(user.role());
    }

    static SignedInUser requireSegmentEditor() {
        SignedInUser user = Actors.current();
        if (!mayEditSegments(user)) {
            throw new Forbidden(Label.of("只有分析师和管理员可以定义分群", "only analysts and administrators may define segments"));
        }
        return user;
    }

    static SignedInUser requireTargetExporter() {
        SignedInUser user = Actors.current();
        if (!mayExportTargets(user)) {
            throw new Forbidden(Label.of("您的角色不能导出目标客户名单", "your role may not export target lists"));
        }
        return user;
    }
}

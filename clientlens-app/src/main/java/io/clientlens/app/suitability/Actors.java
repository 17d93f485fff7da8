package io.clientlens.app.suitability;

import io.clientlens.app.web.InvalidRequest;
import io.clientlens.code.Label;
import io.clientlens.suitability.Actor;
import io.clientlens.suitability.Role;

/**
 * PROVISIONAL: who is acting, as claimed by the caller (REST headers X-ClientLens-User and
 * X-ClientLens-Role, CLI options --user and --role). This is the one place a real sign-in will
 * replace: everything after it only sees a validated {@link Actor}.
 */
public final class Actors {
    public static final String USER_HEADER = "X-ClientLens-User";
    public static final String ROLE_HEADER = "X-ClientLens-Role";

    private Actors() {
    }

    public static Actor claimed(String user, String role, String userField, String roleField) {
        var problems = Actor.problems(user, role, userField, roleField);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new Actor(user.trim(), Role.parse(role).orElseThrow());
    }

    /** Refuses (403) unless the actor's role may do {@code action}. */
    public static void require(Actor actor, Role.Action action) {
        if (actor.role().may(action)) {
            return;
        }
        String what = switch (action) {
            case ADVISE -> "提供投资建议（评估、适当性检查）|give advice (assessments, suitability checks)";
            case RECORD -> "记录客户确认或特别文件|record confirmations or override documents";
            case REVIEW -> "复核|review";
            case SECOND_APPROVAL -> "二次审批|give the second approval";
        };
        String[] parts = what.split("\\|");
        String handOver = actor.role() == Role.SALES ? "；一般销售人员请将客户转介给理财经理" : "";
        String handOverEn = actor.role() == Role.SALES ? "; general sales staff hand the customer over to an RM" : "";
        throw Refused.forbidden("roleMayNot" + action.name(), Label.of(actor.role().label().zh() + "（" + actor.role().name()
                + "）不能" + parts[0] + handOver, actor.role().label().en() + " (" + actor.role().name() + ") may not " + parts[1] + handOverEn));
    }
}

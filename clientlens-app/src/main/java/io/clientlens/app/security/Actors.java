package io.clientlens.app.security;

import io.clientlens.app.refusal.Refused;
import io.clientlens.app.refusal.Forbidden;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.code.Label;
import io.clientlens.needs.NeedRules;
import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;
import io.clientlens.suitability.Action;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting. Over REST and on the web pages: the authenticated user (bearer token or signed-in
 * session, see docs/SECURITY.md), never anything the caller claims. On the command line: the
 * {@code --user}/{@code --role} the local operator names ({@link #claimed}); the CLI trusts whoever
 * may run it on the server. This is the single place both sources meet.
 */
public final class Actors {

    private Actors() {
    }

    /** The authenticated user of the current request. */
    public static SignedInUser current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.isAuthenticated() && a.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in user");
    }

    /** The current user as an actor of the suitability chain; 403 for roles outside it. */
    public static Actor suitability() {
        SignedInUser user = current();
        if (!Action.ROLES.contains(user.role())) {
            throw new Forbidden(Label.of(user.role().label().zh() + "（" + user.role().name() + "）不参与适当性流程",
                    user.role().label().en() + " (" + user.role().name() + ") takes no part in the suitability chain"));
        }
        return new Actor(user.username(), user.role());
    }

    /** The current user as an actor on the needs register; 403 for roles that do not act on it. */
    public static Actor needs() {
        SignedInUser user = current();
        if (!NeedRules.ROLES.contains(user.role())) {
            throw new Forbidden(Label.of(user.role().label().zh() + "（" + user.role().name() + "）不能操作需求登记",
                    user.role().label().en() + " (" + user.role().name() + ") may not act on the needs register"));
        }
        return new Actor(user.username(), user.role());
    }

    /** The CLI: the user and role the local operator names ({@code userField}/{@code roleField} name the options). */
    public static Actor claimed(String user, String role, String userField, String roleField) {
        var problems = Actor.problems(user, role, Action.ROLES, userField, roleField);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new Actor(user.trim(), Role.parse(role).orElseThrow());
    }

    /** Refuses (403) unless the actor's role may do {@code action}. */
    public static void require(Actor actor, Action action) {
        if (action.allows(actor.role())) {
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

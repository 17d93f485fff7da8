package io.clientlens.app.admin.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.security.UserChangeRefused;
import io.clientlens.app.security.UserFieldsInvalid;
import io.clientlens.app.security.Users;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.code.Language;
import io.clientlens.app.security.Actors;
import io.clientlens.staff.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The users of the server for administrators (ADMIN only, see SecurityConfiguration): disable a user or give them
 * another role. Either ends the user's web sessions and revokes their tokens at once (docs/SECURITY.md, "Sessions")
 * and is recorded in the audit trail. The signed-in administrator's own row offers neither, and {@link Users} refuses
 * both for oneself and for the last enabled administrator.
 */
@ConditionalOnWebApplication
@PageController
class AdminUsersPage {
    private final Users users;
    private final AuditTrail audit;
    private final MessageSource messages;

    AdminUsersPage(Users users, AuditTrail audit, MessageSource messages) {
        this.users = users;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String page(Locale locale, Model model) {
        return page(locale, model, null, null);
    }

    @PostMapping("/admin/users/{name}/disable")
    String disable(@PathVariable String name, Locale locale, Model model, HttpServletResponse response) {
        boolean disabled;
        try {
            disabled = users.disable(name, Users.ChangedBy.signedIn(Actors.current().username()));
        } catch (UserChangeRefused e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(locale, model, e.in(PageLanguage.of(locale)), null);
        }
        if (!disabled) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return page(locale, model, messages.getMessage("admin.users.noSuchUser", new Object[]{name}, locale), null);
        }
        audited(name, Map.of("action", "DISABLE"));
        return page(locale, model, null, messages.getMessage("admin.users.disabled", new Object[]{name}, locale));
    }

    @PostMapping("/admin/users/{name}/role")
    String role(@PathVariable String name, @RequestParam(name = "role", required = false) String roleText,
                @RequestParam(name = "branch", required = false) String branch,
                @RequestParam(name = "rmId", required = false) String rmId,
                Locale locale, Model model, HttpServletResponse response) {
        Role role = Role.parse(roleText).orElse(null);
        if (role == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(locale, model, messages.getMessage("admin.users.unknownRole", new Object[]{String.valueOf(roleText)}, locale), null);
        }
        Optional<Users.RoleChanged> changed;
        try {
            changed = users.changeRole(name, role, branch, rmId, Users.ChangedBy.signedIn(Actors.current().username()));
        } catch (UserFieldsInvalid e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return refusedAtFields(locale, model, new RoleForm(name, role.name(), branch, rmId), e);
        } catch (UserChangeRefused e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(locale, model, e.in(PageLanguage.of(locale)), null);
        }
        if (changed.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return page(locale, model, messages.getMessage("admin.users.noSuchUser", new Object[]{name}, locale), null);
        }
        Users.User user = changed.get().user();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("action", "ROLE");
        inputs.put("role", role.name());
        inputs.put("branch", user.branch() == null ? "" : user.branch());
        inputs.put("rmId", user.rmId() == null ? "" : user.rmId());
        audited(name, inputs);
        Language lang = PageLanguage.of(locale);
        String done = messages.getMessage("admin.users.roleChanged", new Object[]{name, role.label().in(lang)}, locale);
        return page(locale, model, null, changed.get().clearedNote().map(note -> done + " " + note.in(lang)).orElse(done));
    }

    /** What was typed into one user's role form, shown again with each problem beside its field. */
    record RoleForm(String username, String role, String branch, String rmId) {
    }

    private String refusedAtFields(Locale locale, Model model, RoleForm form, UserFieldsInvalid e) {
        Language lang = PageLanguage.of(locale);
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.put(p.field(), lang == Language.EN ? p.en() : p.zh()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return page(locale, model, messages.getMessage("admin.users.notChanged", new Object[]{form.username()}, locale), null);
    }

    private void audited(String name, Map<String, Object> inputs) {
        var actor = Actors.current();
        audit.appendAccess("ADMIN_USER", LocalDateTime.now(), actor.username(), actor.role().name(), null, "user:" + name, inputs);
    }

    private String page(Locale locale, Model model, String error, String done) {
        model.addAttribute("lang", locale.getLanguage().equals("en") ? "en" : "zh");
        model.addAttribute("username", Actors.current().username());
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("error", error);
        model.addAttribute("done", done);
        return "admin-users";
    }
}

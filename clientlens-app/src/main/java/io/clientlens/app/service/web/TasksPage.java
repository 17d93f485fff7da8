package io.clientlens.app.service.web;

import io.clientlens.app.service.Page;
import io.clientlens.app.service.ServiceForbidden;
import io.clientlens.app.service.ServiceInputInvalid;
import io.clientlens.app.service.Task;
import io.clientlens.app.service.TaskFilter;
import io.clientlens.app.service.TaskState;
import io.clientlens.app.service.Tasks;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Language;
import io.clientlens.service.TaskKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.clientlens.app.ui.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Every task in the user's scope, paged and filtered by kind, state and RM; each with its explanation. */
@PageController
class TasksPage {
    private static final int SIZE = 50;
    private final Tasks tasks;

    TasksPage(Tasks tasks) {
        this.tasks = tasks;
    }

    record Option(String code, String label) {
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String state,
                @RequestParam(required = false) String rm, @RequestParam(defaultValue = "0") int page, Locale locale, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        Language lang = ServicePages.language(locale);
        TaskKind k = kind == null || kind.isBlank() ? null : TaskKind.parse(kind).orElse(null);
        TaskState s = state == null || state.isBlank() ? null : TaskState.parse(state).orElse(null);
        Page<Task> result;
        try {
            result = tasks.list(Actors.current(), new TaskFilter(k, s, null, null, blank(rm), null), Math.max(page, 0), SIZE);
        } catch (ServiceForbidden e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("problem", e.reason().in(lang));
            return "service-problem";
        } catch (ServiceInputInvalid e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", lang == Language.EN ? e.problems().get(0).en() : e.problems().get(0).zh());
            return "service-problem";
        }
        LocalDate businessDate = tasks.businessDate();
        model.addAttribute("rows", result.items().stream().map(t -> TaskRow.of(t, businessDate, lang)).toList());
        model.addAttribute("page", result);
        model.addAttribute("kinds", Arrays.stream(TaskKind.values()).map(x -> new Option(x.name(), x.label().in(lang))).toList());
        model.addAttribute("states", Arrays.stream(TaskState.values()).map(x -> new Option(x.name(), x.label().in(lang))).toList());
        model.addAttribute("kind", k == null ? "" : k.name());
        model.addAttribute("state", s == null ? "" : s.name());
        model.addAttribute("rm", blank(rm));
        model.addAttribute("businessDate", businessDate);
        model.addAttribute("snoozeFrom", tasks.firstSnoozeDay());
        model.addAttribute("self", request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        model.addAttribute("actor", io.clientlens.app.service.ServiceRoles.TASK_ACTORS.contains(Actors.current().role()));
        return "tasks";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}

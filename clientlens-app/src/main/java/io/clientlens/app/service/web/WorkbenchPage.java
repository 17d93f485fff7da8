package io.clientlens.app.service.web;

import io.clientlens.batch.json.Json;
import io.clientlens.app.service.ServiceForbidden;
import io.clientlens.app.service.ServiceInputInvalid;
import io.clientlens.app.service.TaskChange;
import io.clientlens.app.service.Tasks;
import io.clientlens.app.service.Workbench;
import io.clientlens.app.service.WorkbenchView;
import io.clientlens.app.security.Actors;
import io.clientlens.app.ui.Yuan;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import io.clientlens.app.ui.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workbench page (docs/USER-GUIDE.md "Workbench"): the home of RMs, sales staff and supervisors. A task is
 * closed or snoozed from its row; the AUM trend is drawn by workbench.js from the figures in the page.
 */
@PageController
class WorkbenchPage {
    private final Workbench workbench;
    private final Tasks tasks;
    private final io.clientlens.app.service.ServiceClock clock;

    WorkbenchPage(Workbench workbench, Tasks tasks, io.clientlens.app.service.ServiceClock clock) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/workbench")
    String show(Locale locale, Model model, HttpServletResponse response) {
        Language lang = ServicePages.language(locale);
        WorkbenchView view;
        try {
            view = workbench.of(Actors.current());
        } catch (ServiceForbidden e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("problem", e.reason().in(lang));
            return "service-problem";
        }
        model.addAttribute("view", view);
        model.addAttribute("kinds", view.kinds().stream().map(k -> new KindLine(k.kind().name(), k.kind().label().in(lang), k.open(), k.due()))
                .toList());
        model.addAttribute("dueNow", view.dueNow().stream().map(t -> TaskRow.of(t, view.businessDate(), lang)).toList());
        model.addAttribute("comingUp", view.comingUp().stream().map(t -> TaskRow.of(t, view.businessDate(), lang)).toList());
        model.addAttribute("classes", view.book().byClass().stream().map(c -> new ClassLine(c.serviceClass(),
                Dimension.SERVICE_CLASS.accepts(c.serviceClass()) ? Dimension.SERVICE_CLASS.labelOf(c.serviceClass()).in(lang) : c.serviceClass(),
                c.customers(), Yuan.of(c.aum(), lang))).toList());
        model.addAttribute("aumText", Yuan.tile(view.book().aum(), lang));
        var time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.clock().getZone());
        Map<Long, String> respondBy = new LinkedHashMap<>();
        view.requests().forEach(r -> respondBy.put(r.requestId(), time.format(r.respondBy())));
        model.addAttribute("respondBy", respondBy);
        model.addAttribute("trend", trendJson(view.book(), lang));
        model.addAttribute("tasksShown", !view.kinds().isEmpty() || view.role().equals("RM") || view.role().equals("SUPERVISOR"));
        return "workbench";
    }

    @PostMapping("/workbench/tasks/{id}/done")
    String done(@PathVariable long id, @RequestParam(required = false) String note, @RequestParam(required = false) String back,
                Locale locale, RedirectAttributes redirect) {
        return after(tasks.done(Actors.current(), id, note), id, "doneTask", back, ServicePages.language(locale), redirect);
    }

    @PostMapping("/workbench/tasks/{id}/snooze")
    String snooze(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                  @RequestParam(required = false) String back, Locale locale, RedirectAttributes redirect) {
        Language lang = ServicePages.language(locale);
        try {
            return after(tasks.snooze(Actors.current(), id, until, null), id, "snoozedTask", back, lang, redirect);
        } catch (ServiceInputInvalid e) {
            redirect.addFlashAttribute("refusal", e.problems().get(0).field() + ": " + (lang == Language.EN ? e.problems().get(0).en()
                    : e.problems().get(0).zh()));
            return "redirect:" + back(back);
        }
    }

    @PostMapping("/workbench/tasks/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String back, Locale locale, RedirectAttributes redirect) {
        return after(tasks.reopen(Actors.current(), id), id, "reopenedTask", back, ServicePages.language(locale), redirect);
    }

    private static String after(TaskChange change, long id, String notice, String back, Language lang, RedirectAttributes redirect) {
        if (change instanceof TaskChange.Changed) {
            redirect.addFlashAttribute(notice, id);
        } else if (change instanceof TaskChange.Refused r) {
            redirect.addFlashAttribute("refusal", r.reason().in(lang));
        } else {
            redirect.addFlashAttribute("refusal", lang == Language.EN ? "Task " + id + " does not exist" : "待办 " + id + " 不存在");
        }
        return "redirect:" + back(back);
    }

    /** Back to the workbench or the task list (with its query), never elsewhere. */
    static String back(String back) {
        return back != null && back.startsWith("/tasks") && !back.contains("//") ? back : "/workbench";
    }

    record KindLine(String kind, String label, long open, long due) {
    }

    record ClassLine(String code, String label, long customers, String aum) {
    }

    private static String trendJson(WorkbenchView.Book book, Language lang) {
        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put("labels", book.trend().stream().map(p -> p.asOf().toString()).toList());
        trend.put("aum", book.trend().stream().map(p -> p.aum().divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP)).toList());
        trend.put("customers", book.trend().stream().map(WorkbenchView.TrendPoint::customers).toList());
        trend.put("names", List.of(lang == Language.EN ? "AUM (10,000 CNY)" : "AUM（万元）", lang == Language.EN ? "Customers" : "客户数"));
        return Json.write(trend);
    }
}

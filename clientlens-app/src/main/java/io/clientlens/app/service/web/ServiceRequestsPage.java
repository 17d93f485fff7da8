package io.clientlens.app.service.web;

import io.clientlens.app.service.NewRequest;
import io.clientlens.app.service.Page;
import io.clientlens.app.service.RequestChange;
import io.clientlens.app.service.RequestFilter;
import io.clientlens.app.service.ServiceForbidden;
import io.clientlens.app.service.ServiceInputInvalid;
import io.clientlens.app.service.ServiceRequest;
import io.clientlens.app.service.ServiceRequests;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Language;
import io.clientlens.customer.FieldProblem;
import io.clientlens.service.RequestChannel;
import io.clientlens.service.RequestState;
import io.clientlens.service.RequestType;
import io.clientlens.staff.Role;
import jakarta.servlet.http.HttpServletResponse;
import io.clientlens.app.ui.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Service requests: the list (paged, filtered), opening one, its page with the next steps and the history, the import. */
@PageController
class ServiceRequestsPage {
    private static final int SIZE = 50;
    private final ServiceRequests requests;
    private final io.clientlens.app.service.ServiceClock clock;

    ServiceRequestsPage(ServiceRequests requests, io.clientlens.app.service.ServiceClock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** Times as the bank's clock shows them. */
    private DateTimeFormatter time() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.clock().getZone());
    }

    record Option(String code, String label) {
    }

    @GetMapping("/service-requests")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String type,
                @RequestParam(defaultValue = "false") boolean openOnly, @RequestParam(defaultValue = "false") boolean escalated,
                @RequestParam(required = false) String customerId, @RequestParam(defaultValue = "0") int page, Locale locale, Model model,
                HttpServletResponse response) {
        Language lang = ServicePages.language(locale);
        RequestState s = parse(RequestState.class, state);
        RequestType t = parse(RequestType.class, type);
        Page<ServiceRequest> result;
        try {
            result = requests.list(Actors.current(), new RequestFilter(s, t, null, escalated ? Boolean.TRUE : null, openOnly, blank(customerId)),
                    Math.max(0, page), SIZE);
        } catch (ServiceForbidden e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("problem", e.reason().in(lang));
            return "service-problem";
        }
        model.addAttribute("page", result);
        model.addAttribute("rows", result.items().stream().map(r -> Row.of(r, lang, time())).toList());
        model.addAttribute("states", Arrays.stream(RequestState.values()).map(x -> new Option(x.name(), x.label().in(lang))).toList());
        model.addAttribute("types", Arrays.stream(RequestType.values()).map(x -> new Option(x.name(), x.label().in(lang))).toList());
        model.addAttribute("channels", Arrays.stream(RequestChannel.values()).map(x -> new Option(x.name(), x.label().in(lang))).toList());
        model.addAttribute("state", s == null ? "" : s.name());
        model.addAttribute("type", t == null ? "" : t.name());
        model.addAttribute("openOnly", openOnly);
        model.addAttribute("escalated", escalated);
        model.addAttribute("customerId", blank(customerId));
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            for (String field : List.of("customerId", "channel", "type", "subject", "description")) {
                form.put(field, "");
            }
            form.put("customerId", customerId == null ? "" : customerId.strip());
            model.addAttribute("form", form);
        }
        var role = Actors.current().role();
        model.addAttribute("canOpen", role == io.clientlens.staff.Role.RM || role == io.clientlens.staff.Role.SALES
                || role == io.clientlens.staff.Role.SUPERVISOR);
        model.addAttribute("canImport", role == io.clientlens.staff.Role.ADMIN || role == io.clientlens.staff.Role.SUPERVISOR);
        return "service-requests";
    }

    @PostMapping("/service-requests")
    String open(@RequestParam(required = false) String customerId, @RequestParam(required = false) String channel,
                @RequestParam(required = false) String type, @RequestParam(required = false) String subject,
                @RequestParam(required = false) String description, Locale locale, RedirectAttributes redirect) {
        Language lang = ServicePages.language(locale);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("customerId", customerId == null ? "" : customerId);
        form.put("channel", channel == null ? "" : channel);
        form.put("type", type == null ? "" : type);
        form.put("subject", subject == null ? "" : subject);
        form.put("description", description == null ? "" : description);
        try {
            RequestChange change = requests.open(Actors.current(), new NewRequest(customerId == null ? null : customerId.strip(), channel, type,
                    subject, description));
            if (change instanceof RequestChange.Changed c) {
                redirect.addFlashAttribute("opened", c.request().requestId());
                return "redirect:/service-requests/" + c.request().requestId();
            }
            redirect.addFlashAttribute("refusal", refusal(change, lang));
        } catch (ServiceInputInvalid e) {
            redirect.addFlashAttribute("errors", errors(e.problems(), lang));
        }
        redirect.addFlashAttribute("form", form);
        return "redirect:/service-requests";
    }

    @PostMapping("/service-requests/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Locale locale, RedirectAttributes redirect) throws IOException {
        Language lang = ServicePages.language(locale);
        try {
            var result = requests.importCsv(Actors.current(), file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("imported", List.of(result.created(), result.unchanged()));
        } catch (ServiceInputInvalid e) {
            redirect.addFlashAttribute("importErrors", e.problems().stream().map(p -> p.field() + "：" + (lang == Language.EN ? p.en() : p.zh()))
                    .toList());
        } catch (ServiceForbidden e) {
            redirect.addFlashAttribute("refusal", e.reason().in(lang));
        }
        return "redirect:/service-requests";
    }

    @GetMapping("/service-requests/{id}")
    String one(@PathVariable long id, Locale locale, Model model, HttpServletResponse response) {
        Language lang = ServicePages.language(locale);
        try {
            var found = requests.find(Actors.current(), id);
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("problem", lang == Language.EN ? "Service request " + id + " does not exist" : "服务请求 " + id + " 不存在");
                return "service-problem";
            }
            ServiceRequest r = found.get();
            model.addAttribute("r", Row.of(r, lang, time()));
            model.addAttribute("history", r.history().stream().map(e -> new Event(time().format(e.at()), e.actor(),
                    io.clientlens.staff.Role.labelOf(e.role()).in(lang), e.kind(),
                    e.reason() == null ? e.outcome() : e.reason().in(lang))).toList());
            model.addAttribute("next", r.state().next().stream().map(Enum::name).toList());
            model.addAttribute("canAct", List.of("RM", "SALES", "SUPERVISOR").contains(Actors.current().role().name()));
            return "service-request";
        } catch (ServiceForbidden e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("problem", e.reason().in(lang));
            return "service-problem";
        }
    }

    @PostMapping("/service-requests/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
               @RequestParam(required = false) Integer satisfaction, Locale locale, RedirectAttributes redirect) {
        Language lang = ServicePages.language(locale);
        var user = Actors.current();
        try {
            RequestChange change = switch (action) {
                case "take" -> requests.take(user, id);
                case "resolve" -> requests.resolve(user, id, note);
                case "close" -> requests.close(user, id, note);
                case "reopen" -> requests.reopen(user, id, note);
                case "follow-up" -> requests.followUp(user, id, satisfaction, note);
                default -> new RequestChange.NotFound("action", action);
            };
            if (change instanceof RequestChange.Changed) {
                redirect.addFlashAttribute("moved", id);
            } else {
                redirect.addFlashAttribute("refusal", refusal(change, lang));
            }
        } catch (ServiceInputInvalid e) {
            redirect.addFlashAttribute("refusal", String.join("；", errors(e.problems(), lang).values()));
        }
        return "redirect:/service-requests/" + id;
    }

    private static String refusal(RequestChange change, Language lang) {
        if (change instanceof RequestChange.Refused r) {
            return r.reason().in(lang);
        }
        RequestChange.NotFound n = (RequestChange.NotFound) change;
        return lang == Language.EN ? "No " + n.what() + " '" + n.id() + "' in your scope" : "您的范围内没有“" + n.id() + "”";
    }

    private static Map<String, String> errors(List<FieldProblem> problems, Language lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.put(p.field(), lang == Language.EN ? p.en() : p.zh()));
        return errors;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text.strip())).findFirst().orElse(null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record Event(String at, String actor, String role, String kind, String text) {
    }

    /** A request as the pages show it, in the page's language. */
    record Row(long id, String customerId, String customerName, String channel, String type, String typeLabel, String subject,
               String description, String source, String serviceClass, boolean classified, String queue, String queueLabel, boolean priority,
               String assignedRm, String state, String stateLabel, String respondBy, boolean breached, String escalatedAt, String escalatedTo,
               Integer satisfaction, String followUpNote, String followedUpAt, String followedUpBy, String dispatchReason, String createdBy,
               String createdRole, String createdAt, String externalRef) {
        static Row of(ServiceRequest r, Language lang, DateTimeFormatter time) {
            return new Row(r.requestId(), r.customerId(), r.customerName(), r.channel().label().in(lang), r.type().name(), r.type().label().in(lang),
                    r.subject(), r.description(), r.source(), r.serviceClass(), r.classified(), r.queue().name(), r.queue().label().in(lang),
                    r.priority(), r.assignedRm(), r.state().name(), r.state().label().in(lang), time.format(r.respondBy()), r.breached(),
                    r.escalatedAt() == null ? null : time.format(r.escalatedAt()), r.escalatedTo(), r.satisfaction(), r.followUpNote(),
                    r.followedUpAt() == null ? null : time.format(r.followedUpAt()), r.followedUpBy(), r.dispatchReason().in(lang), r.createdBy(),
                    r.createdRole(), time.format(r.createdAt()), r.externalRef());
        }
    }
}

package io.clientlens.app.service.web;

import io.clientlens.batch.json.Json;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.service.CampaignChange;
import io.clientlens.app.service.CampaignMember;
import io.clientlens.app.service.CampaignReport;
import io.clientlens.app.service.Campaigns;
import io.clientlens.app.service.NewCampaign;
import io.clientlens.app.service.Page;
import io.clientlens.app.service.ServiceForbidden;
import io.clientlens.app.service.ServiceInputInvalid;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Language;
import io.clientlens.service.CampaignResponse;
import io.clientlens.staff.Role;
import jakarta.servlet.http.HttpServletResponse;
import io.clientlens.app.ui.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Campaigns: the list with the form to create one, and each campaign's report with a chart and its invited customers. */
@PageController
class CampaignsPage {
    private final Campaigns campaigns;
    private final SegmentRuleStore segments;

    /** The form's fields by the message of their label: a problem is shown under the words the form uses. */
    private static final Map<String, String> FIELD_LABELS = Map.of("name", "cp.name", "kind", "cp.kind", "productCode", "cp.product",
            "segment", "cp.segment", "customerIds", "cp.customers", "startsOn", "cp.from", "endsOn", "cp.to", "cost", "cp.cost",
            "revenueRate", "cp.rate");

    private final org.springframework.context.MessageSource messages;

    CampaignsPage(Campaigns campaigns, SegmentRuleStore segments, org.springframework.context.MessageSource messages) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.messages = messages;
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Locale locale, Model model,
                HttpServletResponse response) {
        Language lang = ServicePages.language(locale);
        String k = kind == null || kind.isBlank() || !List.of("EVENT", "FORUM", "PRODUCT_OFFER").contains(kind) ? null : kind;
        model.addAttribute("kind", k == null ? "" : k);
        try {
            model.addAttribute("page", campaigns.list(Actors.current(), k, Math.max(0, page), 50));
        } catch (ServiceForbidden e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("problem", e.reason().in(lang));
            return "service-problem";
        }
        Role role = Actors.current().role();
        model.addAttribute("canCreate", role == Role.ANALYST || role == Role.SUPERVISOR || role == Role.HEAD_OF_WEALTH
                || role == Role.ADMIN);
        model.addAttribute("segments", segments.visible().stream().map(s -> Map.of("name", s.name(), "label", s.label().in(lang))).toList());
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            for (String f : List.of("name", "kind", "productCode", "segment", "customerIds", "startsOn", "endsOn", "cost", "revenueRate")) {
                form.put(f, "");
            }
            model.addAttribute("form", form);
        }
        return "campaigns";
    }

    @PostMapping("/campaigns")
    String create(@RequestParam Map<String, String> params, Locale locale, RedirectAttributes redirect) {
        Language lang = ServicePages.language(locale);
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : List.of("name", "kind", "productCode", "segment", "customerIds", "startsOn", "endsOn", "cost", "revenueRate")) {
            form.put(f, params.getOrDefault(f, ""));
        }
        List<String> ids = Arrays.stream(form.get("customerIds").split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            CampaignChange change = campaigns.create(Actors.current(), new NewCampaign(form.get("name"), form.get("kind"), form.get("productCode"),
                    form.get("segment"), ids, form.get("startsOn"), form.get("endsOn"), form.get("cost"), form.get("revenueRate")));
            if (change instanceof CampaignChange.Created c) {
                redirect.addFlashAttribute("created", List.of(c.campaign().campaignId(), c.campaign().members()));
                return "redirect:/campaigns/" + c.campaign().campaignId();
            }
            redirect.addFlashAttribute("refusal", ((CampaignChange.Refused) change).reason().in(lang));
        } catch (ServiceInputInvalid e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.put(FIELD_LABELS.containsKey(p.field())
                    ? messages.getMessage(FIELD_LABELS.get(p.field()), null, locale) : p.field(), lang == Language.EN ? p.en() : p.zh()));
            redirect.addFlashAttribute("errors", errors);
        }
        redirect.addFlashAttribute("form", form);
        return "redirect:/campaigns";
    }

    @GetMapping("/campaigns/{id}")
    String report(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale, Model model, HttpServletResponse response) {
        Language lang = ServicePages.language(locale);
        try {
            var found = campaigns.report(Actors.current(), id);
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("problem", lang == Language.EN ? "Campaign " + id + " does not exist" : "营销活动 " + id + " 不存在");
                return "service-problem";
            }
            CampaignReport r = found.get();
            model.addAttribute("c", r.campaign());
            model.addAttribute("m", r.measures());
            model.addAttribute("whole", r.wholeCampaign());
            model.addAttribute("responseRate", percent(r.measures().responseRate(), lang));
            model.addAttribute("conversionRate", percent(r.measures().conversionRate(), lang));
            model.addAttribute("roc", percent(r.measures().returnOnCost(), lang));
            model.addAttribute("explanation", r.measures().explanation().in(lang));
            Map<String, Object> chart = new LinkedHashMap<>();
            List<String> labels = new java.util.ArrayList<>(Arrays.stream(CampaignResponse.values()).map(x -> x.label().in(lang)).toList());
            List<Long> values = new java.util.ArrayList<>(Arrays.stream(CampaignResponse.values())
                    .map(x -> r.measures().byResponse().getOrDefault(x, 0L)).toList());
            labels.add(lang == Language.EN ? "Converted" : "已转化");
            values.add(r.measures().converted());
            chart.put("labels", labels);
            chart.put("values", values);
            model.addAttribute("chart", Json.write(chart));
            Role role = Actors.current().role();
            boolean seesMembers = role != Role.ANALYST;
            model.addAttribute("seesMembers", seesMembers);
            model.addAttribute("canRespond", role == Role.RM || role == Role.SUPERVISOR);
            Page<CampaignMember> members = seesMembers ? campaigns.members(Actors.current(), id, Math.max(0, page), 50) : new Page<>(List.of(), 0, 50, 0);
            model.addAttribute("members", members);
            model.addAttribute("responses", Arrays.stream(CampaignResponse.values()).filter(CampaignResponse::isResponse).map(Enum::name).toList());
            return "campaign";
        } catch (ServiceForbidden e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("problem", e.reason().in(lang));
            return "service-problem";
        }
    }

    @PostMapping("/campaigns/{id}/members/{customerId}")
    String respond(@PathVariable long id, @PathVariable String customerId, @RequestParam(required = false) String response, Locale locale,
                   RedirectAttributes redirect) {
        Language lang = ServicePages.language(locale);
        try {
            CampaignChange change = campaigns.respond(Actors.current(), id, customerId, response);
            if (change instanceof CampaignChange.Responded) {
                redirect.addFlashAttribute("responded", customerId);
            } else if (change instanceof CampaignChange.Refused r) {
                redirect.addFlashAttribute("refusal", r.reason().in(lang));
            } else {
                redirect.addFlashAttribute("refusal", lang == Language.EN ? "Not invited or not in your scope: " + customerId : "未受邀或不在您的范围内：" + customerId);
            }
        } catch (ServiceInputInvalid e) {
            redirect.addFlashAttribute("refusal", lang == Language.EN ? e.problems().get(0).en() : e.problems().get(0).zh());
        }
        return "redirect:/campaigns/" + id;
    }

    private static String percent(BigDecimal share, Language lang) {
        return share == null ? (lang == Language.EN ? "not computable" : "不可计算")
                : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

}

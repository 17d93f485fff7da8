package io.clientlens.app.suitability.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.security.Scope;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.app.suitability.Questionnaires;
import io.clientlens.app.refusal.Refused;
import io.clientlens.batch.questionnaire.AnswerSheet;
import io.clientlens.code.Language;
import io.clientlens.policy.Policy;
import io.clientlens.questionnaire.Answers;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.Persona;
import io.clientlens.questionnaire.Question;
import io.clientlens.questionnaire.Questionnaire;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.questionnaire.SocialStyle;
import io.clientlens.questionnaire.WealthAttitude;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The questionnaire forms (docs/SUITABILITY.md): risk tolerance, wealth attitude and social style, with the
 * questions of the newest stored version in the page language. Submitting records the assessment
 * through {@link Assessments} (which scores, refuses a second risk assessment on the same day and
 * audits) and then shows the result with its explanation. Wrong or missing answers come back at
 * their question with the answers already given kept. Roles that give advice only (RM, SUPERVISOR,
 * HEAD_OF_WEALTH); customers in the user's scope only.
 */
@PageController
class QuestionnairePage extends AdvicePage {
    /** Form fields of answers are named "a." + question id. */
    static final String ANSWER_PREFIX = "a.";

    private final Questionnaires questionnaires;
    private final Assessments assessments;
    private final Policy policy;

    QuestionnairePage(Customers customers, Scope scope, Questionnaires questionnaires, Assessments assessments, Policy policy) {
        super(customers, scope);
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.policy = policy;
    }

    record OptionView(String id, String text, boolean chosen) {
    }

    record QuestionView(String id, String field, String text, boolean multiple, List<OptionView> options, String error) {
    }

    record ChannelView(String code, String label, boolean chosen) {
    }

    record Winner(String code, String label, String traits, String approach) {
    }

    record Points(String label, int points) {
    }

    /** One recorded assessment, explained in the page language. */
    record ResultView(long assessmentId, String kind, int score, int maxScore, String level, String levelLabel, String attitude,
                      boolean capped, String scoreLevel, List<String> reasons, List<String> flags, boolean tie,
                      List<Winner> winners, List<Points> points, String channel, boolean usableForSales, String assessedAt,
                      String validUntil, String recordedBy) {
    }

    @GetMapping("/customers/{id}/questionnaires/{kind}")
    String form(@PathVariable String id, @PathVariable String kind, @RequestParam(required = false) Long result,
                Locale locale, Model model, HttpServletResponse response) {
        Language lang = language(locale);
        common(model, lang);
        return guarded(model, response, lang, () -> {
            adviser();
            var customer = customer(id);
            Questionnaire q = newest(kind);
            fill(model, lang, customer, q, Map.of(), null, Map.of());
            if (result != null) {
                model.addAttribute("result", assessments.view(result)
                        .filter(a -> id.equals(a.customerId()) && q.kind().name().equals(a.kind()))
                        .map(a -> result(a, q, lang)).orElseThrow(() -> new NotFound("assessment", String.valueOf(result))));
            }
            return "questionnaire";
        });
    }

    @PostMapping("/customers/{id}/questionnaires/{kind}")
    String submit(@PathVariable String id, @PathVariable String kind, @RequestParam MultiValueMap<String, String> form,
                  Locale locale, Model model, HttpServletResponse response) {
        Language lang = language(locale);
        common(model, lang);
        return guarded(model, response, lang, () -> {
            var actor = adviser();
            var customer = customer(id);
            Questionnaire q = newest(kind);
            Map<String, List<String>> chosen = answers(form);
            String channel = form.getFirst("channel");
            try {
                var recorded = assessments.assess(id, new AnswerSheet(q.id(), new Answers(chosen)), channel, null, q.kind(), actor);
                return "redirect:/customers/" + id + "/questionnaires/" + q.kind().word() + "?result=" + recorded.assessmentId();
            } catch (InvalidRequest e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                fill(model, lang, customer, q, chosen, channel, errors(e.problems(), lang));
                return "questionnaire";
            } catch (Refused e) {
                if (e.forbidden()) {
                    throw e;
                }
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                fill(model, lang, customer, q, chosen, channel, Map.of());
                model.addAttribute("refusal", e.reason().in(lang));
                return "questionnaire";
            }
        });
    }

    /** The newest stored version of the kind named in the path (risk, wealth, style); 404 for any other word. */
    private Questionnaire newest(String word) {
        QuestionnaireKind kind = QuestionnaireKind.byWord(word).orElseThrow(() -> new NotFound("questionnaire kind", word));
        return questionnaires.all().stream().map(Questionnaires.Stored::questionnaire).filter(q -> q.kind() == kind)
                .max(Comparator.comparingInt(Questionnaire::version)).orElseThrow(() -> new NotFound("questionnaire kind", word));
    }

    /** The answers of the form, in form order; blank values (nothing chosen) are left out so they count as missing. */
    static Map<String, List<String>> answers(MultiValueMap<String, String> form) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                List<String> given = values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
                if (!given.isEmpty()) {
                    chosen.put(name.substring(ANSWER_PREFIX.length()), given);
                }
            }
        });
        return chosen;
    }

    /** The latest risk tolerance assessment that still counts (face to face where the policy asks for it), if any. */
    record OnFile(String level, String assessedOn, String validUntil) {
    }

    private OnFile validOnFile(String customerId) {
        String today = java.time.LocalDate.now().toString();
        return assessments.ofCustomer(customerId).stream()
                .filter(a -> a.isRiskTolerance() && a.validUntil() != null && a.validUntil().compareTo(today) >= 0)
                .filter(a -> !policy.suitability().faceToFaceRequired() || Channel.BRANCH.name().equals(a.channel()))
                .findFirst().map(a -> new OnFile(a.resultCode(), a.assessedAt().substring(0, 10), a.validUntil())).orElse(null);
    }

    private void fill(Model model, Language lang, CustomerHeading customer, Questionnaire q, Map<String, List<String>> chosen,
                      String channel, Map<String, String> errors) {
        model.addAttribute("customer", customer);
        model.addAttribute("kind", q.kind().word());
        model.addAttribute("kindLabel", q.kind().label().in(lang));
        model.addAttribute("questionnaireId", q.id());
        model.addAttribute("title", q.title().in(lang));
        model.addAttribute("questions", q.questions().stream().map(question -> question(question, chosen, errors, lang)).toList());
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(c -> new ChannelView(c.name().toLowerCase(Locale.ROOT),
                c.label().in(lang), c.name().equalsIgnoreCase(channel == null ? "" : channel.strip()))).toList());
        model.addAttribute("channelError", errors.get("channel"));
        model.addAttribute("faceToFaceRequired", q.kind() == QuestionnaireKind.RISK_TOLERANCE && policy.suitability().faceToFaceRequired());
        model.addAttribute("validOnFile", q.kind() == QuestionnaireKind.RISK_TOLERANCE ? validOnFile(customer.customerId()) : null);
        // problems that belong to no question on the form (an unknown question, the questionnaire itself)
        List<String> other = new ArrayList<>();
        errors.forEach((field, message) -> {
            boolean shown = field.equals("channel") || q.questions().stream().anyMatch(x -> field.equals("answers." + x.id()));
            if (!shown) {
                other.add(message);
            }
        });
        model.addAttribute("errors", errors);
        model.addAttribute("otherErrors", other);
    }

    private static QuestionView question(Question question, Map<String, List<String>> chosen, Map<String, String> errors, Language lang) {
        List<String> given = chosen.getOrDefault(question.id(), List.of());
        return new QuestionView(question.id(), ANSWER_PREFIX + question.id(), question.text().in(lang), question.multiple(),
                question.options().stream().map(o -> new OptionView(o.id(), o.text().in(lang), given.contains(o.id()))).toList(),
                errors.get("answers." + question.id()));
    }

    @SuppressWarnings("unchecked")
    private ResultView result(io.clientlens.app.suitability.AssessmentView a, Questionnaire q, Language lang) {
        Map<String, Object> r = a.result();
        Channel channel = Channel.valueOf(a.channel());
        boolean risk = q.kind() == QuestionnaireKind.RISK_TOLERANCE;
        List<Winner> winners = ((List<Map<String, Object>>) r.getOrDefault("winners", List.of())).stream()
                .map(w -> new Winner((String) w.get("code"), text(lang, w.get("label")), text(lang, w.get("traits")),
                        text(lang, w.get("approach")))).toList();
        List<Points> points = ((Map<String, Object>) r.getOrDefault("points", Map.of())).entrySet().stream()
                .map(e -> new Points(personaLabel(q.kind(), e.getKey(), lang), ((Number) e.getValue()).intValue()))
                .sorted(Comparator.comparingInt(Points::points).reversed()).toList();
        return new ResultView(a.assessmentId(), q.kind().name(), a.score(), q.maxScore(),
                risk ? (String) r.get("riskLevel") : a.resultCode(), risk ? text(lang, r.get("label")) : null,
                risk ? text(lang, r.get("attitudeLabel")) : null, Boolean.TRUE.equals(r.get("capped")), (String) r.get("scoreLevel"),
                reasons(r.get("reasons"), lang), reasons(r.get("flags"), lang), Boolean.TRUE.equals(r.get("tie")), winners, points,
                channel.label().in(lang), !risk || channel.isFaceToFace() || !policy.suitability().faceToFaceRequired(),
                dateTime(a.assessedAt()), a.validUntil(), a.recordedBy());
    }

    @SuppressWarnings("unchecked")
    static List<String> reasons(Object reasons, Language lang) {
        if (!(reasons instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(x -> text(lang, (Map<String, Object>) x)).toList();
    }

    private static String personaLabel(QuestionnaireKind kind, String code, Language lang) {
        Persona[] types = kind == QuestionnaireKind.WEALTH_ATTITUDE ? WealthAttitude.values() : SocialStyle.values();
        return Arrays.stream(types).filter(t -> t.name().equals(code)).findFirst().map(t -> t.label().in(lang)).orElse(code);
    }
}

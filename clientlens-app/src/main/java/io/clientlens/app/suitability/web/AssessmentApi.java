package io.clientlens.app.suitability.web;

import io.clientlens.batch.json.Json;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.app.suitability.Questionnaires;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.batch.questionnaire.AnswerSheet;
import io.clientlens.customer.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Questionnaires and assessments (docs/SUITABILITY.md). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApi extends SuitabilityEndpoints {
    private final Questionnaires questionnaires;
    private final Assessments assessments;

    private final Scope scope;

    AssessmentApi(Questionnaires questionnaires, Assessments assessments, Scope scope) {
        this.scope = scope;
        this.questionnaires = questionnaires;
        this.assessments = assessments;
    }

    @GetMapping("/questionnaires")
    @Operation(summary = "The questionnaires (shipped and the bank's own versions), without their questions")
    List<Map<String, Object>> questionnaires() {
        return questionnaires.all().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.questionnaire().id());
            m.put("kind", s.questionnaire().kind().name());
            m.put("version", s.questionnaire().version());
            m.put("title", Map.of("zh", s.questionnaire().title().zh(), "en", s.questionnaire().title().en()));
            m.put("questions", s.questionnaire().questions().size());
            m.put("shipped", s.shipped());
            return m;
        }).toList();
    }

    @GetMapping("/questionnaires/{id}")
    @Operation(summary = "One questionnaire with its questions, options and points (zh and en)")
    Map<String, Object> questionnaire(@PathVariable String id) {
        return Json.read(questionnaires.find(id).orElseThrow(() -> new NotFound("questionnaire", id)).definition());
    }

    @PostMapping(path = "/questionnaires", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add the bank's own version of a questionnaire (a new id and version; stored ones never change)")
    ResponseEntity<Map<String, Object>> addQuestionnaire(@RequestBody String definition) {
        var stored = questionnaires.add(definition);
        return ResponseEntity.status(201).body(questionnaire(stored.questionnaire().id()));
    }

    @PostMapping(path = "/customers/{customerId}/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an assessment: {questionnaire, answers: {question: option or [cues]}, channel, at?}",
            description = "The signed-in user acts (RM, SUPERVISOR or HEAD_OF_WEALTH; SALES gets 403). "
                    + "Bad answers → 400 naming answers.<question>; a second risk assessment on the same day → 409.")
    ResponseEntity<io.clientlens.app.suitability.AssessmentView> assess(@PathVariable String customerId, @RequestBody Map<String, Object> body) {
        var actor = Actors.suitability();
        scope.requireCustomer(customerId);
        Map<String, Object> sheetPart = new LinkedHashMap<>(body);
        Object channel = sheetPart.remove("channel");
        Object at = sheetPart.remove("at");
        AnswerSheet sheet = AnswerSheet.of(sheetPart, "body");
        return ResponseEntity.status(201).body(assessments.assess(customerId, sheet, channel == null ? null : String.valueOf(channel),
                at == null ? null : dateTime(String.valueOf(at), "at"), null, actor));
    }

    @GetMapping("/customers/{customerId}/assessments")
    @Operation(summary = "A customer's assessments, newest first")
    List<io.clientlens.app.suitability.AssessmentView> ofCustomer(@PathVariable String customerId) {
        scope.requireCustomer(customerId);
        return assessments.ofCustomer(customerId);
    }

    @GetMapping("/assessments/reminders")
    @Operation(summary = "Customers whose risk assessment expires within the reminder window of the day (default today), or has expired")
    List<io.clientlens.app.suitability.AssessmentReminder> reminders(@RequestParam(required = false) LocalDate on) {
        return assessments.reminders(on == null ? LocalDate.now() : on).stream()
                .filter(r -> scope.visible(r.customerId())).toList();
    }

    static LocalDateTime dateTime(String text, String field) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atTime(9, 0) : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(List.of(new FieldProblem(field, "应为日期时间，如 2026-03-01T10:30", "expected a date-time such as 2026-03-01T10:30")));
        }
    }
}

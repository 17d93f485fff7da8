package io.clientlens.app.needs.web;

import io.clientlens.app.customer.Customers;
import io.clientlens.app.needs.NeedInput;
import io.clientlens.app.needs.NeedsDocument;
import io.clientlens.app.needs.NeedsRegister;
import io.clientlens.app.needs.NeedsReport;
import io.clientlens.app.needs.NeedsService;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.code.Language;
import io.clientlens.customer.FieldProblem;
import io.clientlens.needs.Need;
import io.clientlens.needs.Transition;
import io.clientlens.staff.Actor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Needs analysis over REST: the diagnosis, the report (HTML, PDF) and the register. The acting
 * user is the signed-in user ({@link Actors}); every endpoint first checks the customer is in their scope.
 */
@RestController
@RequestMapping("/api/v1/customers/{id}/needs")
class NeedsApi {

    private final NeedsService needs;
    private final NeedsReport report;
    private final NeedsRegister register;
    private final Customers customers;

    private final Scope scope;

    NeedsApi(NeedsService needs, NeedsReport report, NeedsRegister register, Customers customers, Scope scope) {
        this.scope = scope;
        this.needs = needs;
        this.report = report;
        this.register = register;
        this.customers = customers;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Needs diagnosis (docs/NEEDS.md): ratios, life cycle, insurance A/B/C, gaps, four accounts, value equation",
            description = "asOf defaults to the latest transaction date, or today. Every amount has its workings in zh and en. "
                    + "status is ANALYSED, or NOT_APPLICABLE with the reason for a corporate customer (no family analysis).")
    Map<String, Object> diagnosis(@PathVariable String id,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        scope.requireCustomer(id);
        return NeedsDocument.of(needs.diagnose(id, asOf).outcome());
    }

    @GetMapping(path = "/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Printable needs report as HTML, in zh (default) or en; identity data masked")
    String reportHtml(@PathVariable String id, @RequestParam(required = false) String lang,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        scope.requireCustomer(id);
        return report.html(id, asOf, language(lang));
    }

    @GetMapping(path = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Printable needs report as PDF, in zh (default) or en; identity data masked")
    ResponseEntity<byte[]> reportPdf(@PathVariable String id, @RequestParam(required = false) String lang,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        scope.requireCustomer(id);
        Language language = language(lang);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"needs-" + id + "-" + language.name().toLowerCase() + ".pdf\"")
                .body(report.pdf(id, asOf, language));
    }

    @GetMapping(path = "/register", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The customer's needs in priority order (open first; urgency, importance, cost)")
    Map<String, Object> list(@PathVariable String id) {
        scope.requireCustomer(id);
        requireCustomer(id);
        List<Need> ranked = register.ranked(id);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            items.add(NeedsDocument.need(ranked.get(i), ranked.get(i).status().isOpen() ? i + 1 : null));
        }
        return Map.of("customerId", id, "items", items);
    }

    @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a need (status IDENTIFIED); the signed-in user acts")
    ResponseEntity<Map<String, Object>> add(@PathVariable String id, @RequestBody Map<String, Object> body) {
        scope.requireCustomer(id);
        Actor actor = Actors.needs();
        var newNeed = NeedInput.newNeed(body);
        requireCustomer(id);
        Need need = register.add(id, newNeed, actor);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/needs/register/" + need.id()))
                .body(NeedsDocument.need(need, null));
    }

    @GetMapping(path = "/register/{needId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One need with its status history")
    Map<String, Object> one(@PathVariable String id, @PathVariable long needId) {
        scope.requireCustomer(id);
        Need need = register.find(needId).filter(n -> n.customerId().equals(id))
                .orElseThrow(() -> new NotFound("need", id + "/" + needId));
        Map<String, Object> body = new LinkedHashMap<>(NeedsDocument.need(need, null));
        body.put("history", register.history(needId));
        return body;
    }

    @PostMapping(path = "/register/{needId}/status", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a need: {\"status\": \"REVIEWED\", \"note\": \"…\"}; refused moves answer 409 with the reason")
    ResponseEntity<Object> move(@PathVariable String id, @PathVariable long needId, @RequestBody Map<String, Object> body) {
        scope.requireCustomer(id);
        Actor actor = Actors.needs();
        var to = NeedInput.status(body.get("status") == null ? null : String.valueOf(body.get("status")), "status");
        String note = body.get("note") == null ? null : String.valueOf(body.get("note"));
        Transition t = register.move(id, needId, to, actor, note);
        if (t instanceof Transition.Refused refused) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.reason().en());
            pd.setType(URI.create("urn:clientlens:problem:transition-refused"));
            pd.setTitle("状态变更被拒绝 / Status change refused");
            pd.setProperty("rule", refused.rule());
            pd.setProperty("zh", refused.reason().zh());
            pd.setProperty("en", refused.reason().en());
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        return ResponseEntity.ok(NeedsDocument.need(((Transition.Moved) t).need(), null));
    }

    private void requireCustomer(String id) {
        if (!customers.exists(id)) {
            throw new NotFound("customer", id);
        }
    }

    private static Language language(String lang) {
        try {
            return Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(List.of(new FieldProblem("lang", "只支持 zh 或 en", "expected zh or en")));
        }
    }
}

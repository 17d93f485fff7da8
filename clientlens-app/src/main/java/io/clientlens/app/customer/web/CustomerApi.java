package io.clientlens.app.customer.web;

import io.clientlens.batch.json.Json;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.customer.CustomerView;
import io.clientlens.app.customer.CustomerViews;
import io.clientlens.app.customer.ChangedBy;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.MaskedProfile;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.customer.ProfileValidation;
import io.clientlens.app.customer.Unmasking;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.code.Dimension;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.Profile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Customers: list with filters by class, one customer with classes and reasons, the profile document. */
@RestController
@RequestMapping(path = "/api/v1/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerApi {
    private static final int MAX_PAGE_SIZE = 500;

    private final Customers customers;
    private final CustomerViews views;
    private final RunQueries runs;

    private final Scope scope;
    private final Unmasking unmasking;

    private final io.clientlens.policy.Policy policy;

    CustomerApi(Customers customers, CustomerViews views, RunQueries runs, Scope scope, Unmasking unmasking,
                io.clientlens.policy.Policy policy) {
        this.policy = policy;
        this.scope = scope;
        this.unmasking = unmasking;
        this.customers = customers;
        this.views = views;
        this.runs = runs;
    }

    @GetMapping
    @Operation(summary = "List customers of the latest classification run, filtered by dimension codes",
            description = "Any dimension code is a filter parameter, e.g. ?aumTier=AFFLUENT&loyalty=LOYAL. Names are masked.")
    Map<String, Object> list(@RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size,
                             @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "页码不能为负数", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间",
                    "must be between 1 and " + MAX_PAGE_SIZE));
        }
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        parameters.forEach((name, value) -> {
            if (name.equals("page") || name.equals("size")) {
                return;
            }
            Dimension.byCode(name)
                    // no tipping-off: to the roles that serve the customer the AML rating is no filter at all
                    .filter(d -> d != Dimension.AML_RISK || io.clientlens.app.aml.AmlVisibility.currentUserMaySeeAmlRating())
                    .ifPresentOrElse(d -> {
                if (d.accepts(value)) {
                    filters.put(d, value);
                } else {
                    problems.add(new FieldProblem(name, "“" + value + "”不是该维度的代码，可选：" + d.valueCodes(),
                            "'" + value + "' is not a code of " + name + "; expected one of " + d.valueCodes()));
                }
            }, () -> problems.add(new FieldProblem(name, "未知的筛选参数", "unknown filter; expected page, size or a dimension code")));
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var run = runs.latestRun().orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        if (run == null) {
            body.put("run", null);
            body.put("items", List.of());
            body.put("page", page);
            body.put("size", size);
            body.put("total", 0);
            return body;
        }
        Scope.Filter scoped = Scope.filter(Actors.current());
        Customers.Page result = customers.page(run.runId(), filters, page, size, scoped.branch(), scoped.rmId());
        body.put("run", Map.of("runId", run.runId(), "asOf", run.asOf().toString(), "policyVersion", run.policyVersion()));
        body.put("items", result.rows().stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("customerId", r.customerId());
            item.put("name", io.clientlens.app.customer.MaskedProfile.name(r.name(), r.type()));
            item.put("type", r.type());
            item.put("branch", r.branch());
            item.put("codes", io.clientlens.app.aml.AmlVisibility.codesForCurrentUser(r.codes()));
            return item;
        }).toList());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("total", result.total());
        return body;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer: masked identity, KYC completeness, classes with reasons, masked profile")
    Map<String, Object> get(@PathVariable String id) {
        scope.requireCustomer(id);
        return document(id);
    }

    private Map<String, Object> document(String id) {
        CustomerView view = views.view(id).orElseThrow(() -> new NotFound("customer", id));
        Map<String, Object> body = view.asDocument();
        Profile profile = customers.profile(id).orElseThrow(() -> new NotFound("customer", id));
        body.put("profile", MaskedProfile.document(profile,
                io.clientlens.app.security.Capability.READ_EMPLOYER.allows(Actors.current().role())));
        return body;
    }

    @PutMapping(path = "/{id}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create or replace a customer's profile document (docs/profile.schema.json)")
    ResponseEntity<Map<String, Object>> putProfile(@PathVariable String id, @RequestBody String document) {
        Profile profile = ProfileValidation.parseAndCheck(document, policy.validation().maxAmount());
        if (!id.equals(profile.customerId())) {
            throw new InvalidRequest(List.of(new FieldProblem("customerId",
                    "文档中的客户号 “" + profile.customerId() + "” 与路径中的 “" + id + "” 不一致",
                    "'" + profile.customerId() + "' does not match the id in the path '" + id + "'")));
        }
        if (customers.exists(id)) {
            scope.requireCustomer(id);
        }
        scope.requireAssignable(profile.branch(), profile.relationshipManager());
        customers.residentIdTakenFor(profile, Actors.current()).ifPresent(taken -> {
            throw new InvalidRequest(List.of(taken));
        });
        boolean created = customers.save(profile, ChangedBy.user(Actors.current(), ChangedBy.API));
        Map<String, Object> body = document(id);
        return created ? ResponseEntity.status(201).body(body) : ResponseEntity.ok(body);
    }

    @PostMapping(path = "/{id}/unmask", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Show one personal field of one customer in clear: {field: name|residentId|mobile|email|birthDate|address|employer, reason}",
            description = "RM (own customers), SUPERVISOR (own branch), COMPLIANCE. Every unmasking is an audit record UNMASK "
                    + "with who, when, which field and why; the clear value is never logged or stored in the audit record.")
    Map<String, Object> unmask(@PathVariable String id, @RequestBody Map<String, Object> body) {
        Unmasking.Unmasked clear = unmasking.unmask(id, body.get("field"), body.get("reason"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("customerId", clear.customerId());
        result.put("field", clear.field());
        result.put("value", clear.value());
        result.put("auditRecordId", clear.auditRecordId());
        return result;
    }
}

package io.clientlens.app.audit.web;

import io.clientlens.app.audit.AuditSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit search over REST, for compliance and the head of wealth (the same search as the page). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit")
class AuditApi {
    private final AuditSearch search;

    AuditApi(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/records")
    @Operation(summary = "Search the audit trail by customer, user, kind and period (dates YYYY-MM-DD, both included); newest first")
    AuditSearch.ResultPage records(@RequestParam(required = false) String customer, @RequestParam(required = false) String user,
                                   @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size) {
        return search.search(AuditSearch.Query.parse(customer, user, kind, from, to), page, size);
    }
}

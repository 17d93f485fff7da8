package io.clientlens.app.service.api;

import io.clientlens.app.service.NewRequest;
import io.clientlens.app.service.Page;
import io.clientlens.app.service.RequestChange;
import io.clientlens.app.service.RequestFilter;
import io.clientlens.app.service.ServiceRequest;
import io.clientlens.app.service.ServiceRequests;
import io.clientlens.service.RequestQueue;
import io.clientlens.service.RequestState;
import io.clientlens.service.RequestType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Service requests (docs/SERVICE.md): open, list, read with history, move on, follow up, import a CSV file. */
@RestController
@RequestMapping(path = "/api/v1/service-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "service-requests", description = "服务请求（按服务等级分派）/ Service requests dispatched by class")
class ServiceRequestsApi extends ServiceApiSupport {
    private final ServiceRequests requests;

    ServiceRequestsApi(ServiceRequests requests) {
        this.requests = requests;
    }

    record OpenRequest(String customerId, String channel, String type, String subject, String description) {
    }

    record NoteRequest(String note) {
    }

    record FollowUpRequest(Integer satisfaction, String note) {
    }

    record EventResponse(Instant at, String actor, String role, String kind, String outcome, Text reason) {
    }

    record RequestResponse(long requestId, String externalRef, String customerId, String customerName, String channel, String type,
                           Text typeLabel, String subject, String description, String source, String serviceClass, boolean classified,
                           String queue, Text queueLabel, boolean priority, String assignedRm, String branchId, String state, Text stateLabel,
                           Instant respondBy, Instant respondedAt, boolean breached, Instant escalatedAt, String escalatedTo,
                           Instant resolvedAt, Instant closedAt, Integer satisfaction, String followUpNote, Instant followedUpAt,
                           String followedUpBy, Text dispatchReason, String policyVersion, String createdBy, String createdRole,
                           Instant createdAt, List<EventResponse> history) {
        static RequestResponse of(ServiceRequest r) {
            return new RequestResponse(r.requestId(), r.externalRef(), r.customerId(), r.customerName(), r.channel().name(), r.type().name(),
                    Text.of(r.type().label()), r.subject(), r.description(), r.source(), r.serviceClass(), r.classified(), r.queue().name(),
                    Text.of(r.queue().label()), r.priority(), r.assignedRm(), r.branchId(), r.state().name(), Text.of(r.state().label()),
                    r.respondBy(), r.respondedAt(), r.breached(), r.escalatedAt(), r.escalatedTo(), r.resolvedAt(), r.closedAt(),
                    r.satisfaction(), r.followUpNote(), r.followedUpAt(), r.followedUpBy(), Text.of(r.dispatchReason()), r.policyVersion(),
                    r.createdBy(), r.createdRole(), r.createdAt(), r.history().stream().map(e -> new EventResponse(e.at(), e.actor(), e.role(),
                            e.kind(), e.outcome(), Text.of(e.reason()))).toList());
        }
    }

    record RequestPage(List<RequestResponse> items, int page, int size, long total) {
        static RequestPage of(Page<ServiceRequest> p) {
            return new RequestPage(p.items().stream().map(RequestResponse::of).toList(), p.page(), p.size(), p.total());
        }
    }

    record ImportResponse(int created, int unchanged) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a request {customerId, channel: HOTLINE|ONLINE_CHAT|EMAIL|BRANCH, type: TECHNICAL_SUPPORT|REPAIR|COMPLAINT|"
            + "CONSULTATION|ACCOUNT_SERVICE, subject, description}; dispatched by the customer's service class")
    ResponseEntity<?> open(@RequestBody OpenRequest body) {
        RequestChange change = requests.open(user(), new NewRequest(body.customerId(), body.channel(), body.type(), body.subject(),
                body.description()));
        if (change instanceof RequestChange.Changed c) {
            return ResponseEntity.created(URI.create("/api/v1/service-requests/" + c.request().requestId())).body(RequestResponse.of(c.request()));
        }
        return answer(change);
    }

    @GetMapping
    @Operation(summary = "Requests in the caller's scope (compliance: complaints), open ones first by deadline (state, type, queue, escalated, "
            + "openOnly, customerId; page from 0, size 1–200)")
    RequestPage list(@RequestParam(required = false) String state, @RequestParam(required = false) String type,
                     @RequestParam(required = false) String queue, @RequestParam(required = false) Boolean escalated,
                     @RequestParam(defaultValue = "false") boolean openOnly, @RequestParam(required = false) String customerId,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        RequestFilter filter = new RequestFilter(parse(RequestState.class, "state", state), parse(RequestType.class, "type", type),
                parse(RequestQueue.class, "queue", queue), escalated, openOnly, customerId == null || customerId.isBlank() ? null : customerId.strip());
        return RequestPage.of(requests.list(user(), filter, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its dispatch reason and its history (from the audit trail)")
    ResponseEntity<?> one(@PathVariable long id) {
        return requests.find(user(), id).<ResponseEntity<?>>map(r -> ResponseEntity.ok(RequestResponse.of(r)))
                .orElseGet(() -> notFound("service request", id));
    }

    @PostMapping("/{id}/take")
    @Operation(summary = "Take the request up (IN_PROGRESS): its answer, which stops the deadline")
    ResponseEntity<?> take(@PathVariable long id) {
        return answer(requests.take(user(), id));
    }

    @PostMapping(path = "/{id}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark the request resolved {note}")
    ResponseEntity<?> resolve(@PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        return answer(requests.resolve(user(), id, body == null ? null : body.note()));
    }

    @PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close a resolved request {note}")
    ResponseEntity<?> close(@PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        return answer(requests.close(user(), id, body == null ? null : body.note()));
    }

    @PostMapping(path = "/{id}/reopen", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reopen a resolved or closed request {note}: a new deadline of its class")
    ResponseEntity<?> reopen(@PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        return answer(requests.reopen(user(), id, body == null ? null : body.note()));
    }

    @PostMapping(path = "/{id}/follow-up", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the follow-up of a resolved request {satisfaction: 1–5, note}")
    ResponseEntity<?> followUp(@PathVariable long id, @RequestBody FollowUpRequest body) {
        return answer(requests.followUp(user(), id, body.satisfaction(), body.note()));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import requests from UTF-8 CSV (externalRef,customerId,channel,type,subject and, if wanted, description,createdAt); "
            + "a reference imported before is left as it is; any problem imports nothing (administrators, supervisors)")
    ResponseEntity<ImportResponse> importCsv(@RequestBody byte[] csv) {
        var result = requests.importCsv(user(), csv);
        return ResponseEntity.status(HttpStatus.OK).body(new ImportResponse(result.created(), result.unchanged()));
    }

    private static ResponseEntity<?> answer(RequestChange change) {
        if (change instanceof RequestChange.Changed c) {
            return ResponseEntity.ok(RequestResponse.of(c.request()));
        }
        if (change instanceof RequestChange.NotFound n) {
            return notFound(n.what(), n.id());
        }
        RequestChange.Refused r = (RequestChange.Refused) change;
        return refused(r.code(), r.reason(), r.forbidden());
    }
}

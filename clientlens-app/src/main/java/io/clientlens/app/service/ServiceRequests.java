package io.clientlens.app.service;

import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.service.persistence.RequestStore;
import io.clientlens.app.service.persistence.ServiceAuditLog;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.clientlens.policy.Policy;
import io.clientlens.service.Dispatch;
import io.clientlens.service.Escalation;
import io.clientlens.service.RequestChannel;
import io.clientlens.service.RequestRules;
import io.clientlens.service.RequestState;
import io.clientlens.service.RequestType;
import io.clientlens.service.ServicePolicy;
import io.clientlens.staff.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Service requests (docs/SERVICE.md "Service requests"): opened by an RM, by front-line service staff (sales role:
 * the service centre) or from an import; dispatched by the customer's class (A to the RM's green channel, B to the
 * service centre, C to the online queue, each with a response deadline); taken up, resolved, closed or reopened;
 * escalated to the branch's supervisor when the deadline passes unanswered; followed up with a satisfaction score.
 * Every step is audited. Complaints are visible to supervisors and compliance.
 */
@Service
public class ServiceRequests implements WorkbenchSection {
    /** Open or move requests on: RMs (their customers), front-line staff and supervisors (their branch). */
    static final Set<Role> ACTORS = Capability.WORK_SERVICE_REQUESTS.roles();
    /** Import files: administrators and supervisors. */
    static final Set<Role> IMPORTERS = Capability.IMPORT_SERVICE_REQUESTS.roles();
    private static final Label READ = Label.of("查看服务请求", "read service requests");
    private static final Label ACT = Label.of("处理服务请求", "handle service requests");

    private final RequestStore store;
    private final ServiceAuditLog audit;
    private final ServiceClock clock;
    private final ServicePolicy policy;
    private final Policy classificationPolicy;

    ServiceRequests(RequestStore store, ServiceAuditLog audit, ServiceClock clock, ServicePolicy policy, Policy classificationPolicy) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.classificationPolicy = classificationPolicy;
    }

    @Transactional
    public RequestChange open(SignedInUser actor, NewRequest request) {
        if (!ACTORS.contains(actor.role())) {
            return new RequestChange.Refused("roleMayNotAct", ServiceRoles.refusal(actor, Label.of("登记服务请求", "open service requests")), true);
        }
        Parsed p = parse(request, "");
        Optional<RequestStore.CustomerForRequest> customer = store.customer(request.customerId(), Scope.filter(actor));
        if (customer.isEmpty()) {
            return new RequestChange.NotFound("customer", request.customerId());
        }
        String source = actor.role() == Role.RM ? "RM" : "SERVICE_CENTRE";
        long id = create(customer.get(), p, null, source, actor.username(), actor.role().name(), clock.now());
        return new RequestChange.Changed(detail(id, Scope.filter(actor), false));
    }

    /** Counts of an import: requests created, and rows whose reference was imported before. */
    public record Imported(int created, int unchanged) {
    }

    /**
     * Imports a CSV file of requests as uploaded (all or nothing); a row whose externalRef exists already is left as it is.
     * A file that is not UTF-8 is refused before anything is read.
     */
    @Transactional
    public Imported importCsv(SignedInUser actor, byte[] file) {
        ServiceRoles.require(actor, IMPORTERS, Label.of("导入服务请求", "import service requests"));
        List<RequestCsv.Row> rows = RequestCsv.parse(file);
        List<FieldProblem> problems = new ArrayList<>();
        List<Object[]> ready = new ArrayList<>();
        for (RequestCsv.Row row : rows) {
            String where = "line " + row.line() + ".";
            Parsed p = null;
            try {
                p = parse(row.request(), where);
            } catch (ServiceInputInvalid e) {
                problems.addAll(e.problems());
            }
            String customerId = row.request().customerId();
            var customer = customerId == null || customerId.isBlank() ? Optional.<RequestStore.CustomerForRequest>empty()
                    : store.customer(customerId, Scope.filter(actor));
            if (customer.isEmpty() && customerId != null && !customerId.isBlank()) {
                problems.add(new FieldProblem(where + "customerId", "没有客户“" + customerId + "”", "no customer '" + customerId + "'"));
            }
            if (p != null && customer.isPresent()) {
                ready.add(new Object[]{row, p, customer.get()});
            }
        }
        if (!problems.isEmpty()) {
            throw new ServiceInputInvalid(problems);
        }
        int created = 0;
        int unchanged = 0;
        for (Object[] r : ready) {
            RequestCsv.Row row = (RequestCsv.Row) r[0];
            if (store.byExternalRef(row.request().externalRef()).isPresent()) {
                unchanged++;
                continue;
            }
            Parsed p = (Parsed) r[1];
            create((RequestStore.CustomerForRequest) r[2], p, row.request().externalRef(), "IMPORT", actor.username(), actor.role().name(),
                    p.createdAt() == null ? clock.now() : p.createdAt());
            created++;
        }
        return new Imported(created, unchanged);
    }

    private record Parsed(RequestChannel channel, RequestType type, String subject, String description, Instant createdAt) {
    }

    private Parsed parse(NewRequest r, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestChannel channel = parseEnum(RequestChannel.class, r.channel(), prefix + "channel", problems);
        RequestType type = parseEnum(RequestType.class, r.type(), prefix + "type", problems);
        if (r.customerId() == null || r.customerId().isBlank()) {
            problems.add(new FieldProblem(prefix + "customerId", "必填", "required"));
        }
        RequestRules.newRequest(r.subject(), r.description())
                .forEach(fp -> problems.add(new FieldProblem(prefix + fp.field(), fp.zh(), fp.en())));
        Instant createdAt = null;
        if (r.createdAt() != null) {
            try {
                createdAt = r.createdAt().contains("+") || r.createdAt().endsWith("Z") ? OffsetDateTime.parse(r.createdAt()).toInstant()
                        : LocalDateTime.parse(r.createdAt()).atZone(clock.clock().getZone()).toInstant();
                if (createdAt.isAfter(clock.now())) {
                    problems.add(new FieldProblem(prefix + "createdAt", "不能晚于现在", "must not be in the future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(prefix + "createdAt", "应为时间 yyyy-MM-ddTHH:mm（本地时间）或带时区",
                        "expected a time yyyy-MM-ddTHH:mm (bank-local) or with an offset"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ServiceInputInvalid(problems);
        }
        return new Parsed(channel, type, r.subject().strip(), r.description() == null || r.description().isBlank() ? null
                : r.description().strip(), createdAt);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, List<FieldProblem> problems) {
        for (E e : type.getEnumConstants()) {
            if (text != null && e.name().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        problems.add(new FieldProblem(field, "应为 " + String.join("、", names) + " 之一", "expected one of " + String.join(", ", names)
                + (text == null || text.isBlank() ? "" : ", found '" + text + "'")));
        return null;
    }

    private long create(RequestStore.CustomerForRequest customer, Parsed p, String ref, String source, String by, String role, Instant at) {
        Dispatch.Dispatched d = Dispatch.of(customer.serviceClass(), customer.rm(), at, policy.dispatch());
        long id = store.insert(ref, customer, p.channel(), p.type(), p.subject(), p.description(), source, d, classificationPolicy.version(),
                by, role, at);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestId", id);
        inputs.put("channel", p.channel().name());
        inputs.put("type", p.type().name());
        inputs.put("source", source);
        if (ref != null) {
            inputs.put("externalRef", ref);
        }
        record(customer.customerId(), id, "SERVICE_REQUEST_OPENED", "NEW", by, role, at, inputs, "opened",
                Label.of("登记" + p.type().label().zh() + "（" + p.channel().label().zh() + "）：" + p.subject(),
                        "Opened: " + p.type().label().en() + " (" + p.channel().label().en() + "): " + p.subject()));
        Map<String, Object> dispatch = new LinkedHashMap<>();
        dispatch.put("serviceClass", d.serviceClass());
        dispatch.put("classified", d.classified());
        dispatch.put("queue", d.queue().name());
        dispatch.put("assignedRm", d.assignedRm());
        dispatch.put("responseHours", d.responseHours());
        dispatch.put("respondBy", d.respondBy().toString());
        record(customer.customerId(), id, "SERVICE_REQUEST_DISPATCHED", "ASSIGNED", "system", io.clientlens.staff.Role.SYSTEM, at, dispatch, "dispatchedByClass", d.reason());
        return id;
    }

    public Page<ServiceRequest> list(SignedInUser viewer, RequestFilter filter, int page, int size) {
        ServiceRoles.require(viewer, ServiceRoles.REQUEST_READERS, READ);
        Tasks.checkPaging(page, size);
        escalateDue();
        return store.page(filter, Scope.filter(viewer), viewer.role() == Role.COMPLIANCE, clock.now(), page, size);
    }

    public Optional<ServiceRequest> find(SignedInUser viewer, long id) {
        ServiceRoles.require(viewer, ServiceRoles.REQUEST_READERS, READ);
        escalateDue();
        boolean complaints = viewer.role() == Role.COMPLIANCE;
        return store.find(id, Scope.filter(viewer), complaints, clock.now()).map(r -> r.withHistory(store.history(r)));
    }

    private ServiceRequest detail(long id, Scope.Filter scope, boolean complaints) {
        ServiceRequest r = store.find(id, scope, complaints, clock.now()).orElseThrow();
        return r.withHistory(store.history(r));
    }

    /** Takes the request up (IN_PROGRESS): this is its answer, and stops its deadline. */
    @Transactional
    public RequestChange take(SignedInUser actor, long id) {
        return move(actor, id, RequestState.IN_PROGRESS, null, "SERVICE_REQUEST_TAKEN", Label.of("受理", "taken up"));
    }

    @Transactional
    public RequestChange resolve(SignedInUser actor, long id, String note) {
        return move(actor, id, RequestState.RESOLVED, note, "SERVICE_REQUEST_RESOLVED", Label.of("已解决", "resolved"));
    }

    @Transactional
    public RequestChange close(SignedInUser actor, long id, String note) {
        return move(actor, id, RequestState.CLOSED, note, "SERVICE_REQUEST_CLOSED", Label.of("关闭", "closed"));
    }

    /** Reopens a resolved or closed request: it waits for an answer again, with a new deadline of its class. */
    @Transactional
    public RequestChange reopen(SignedInUser actor, long id, String note) {
        return move(actor, id, RequestState.REOPENED, note, "SERVICE_REQUEST_REOPENED", Label.of("重新打开", "reopened"));
    }

    private RequestChange move(SignedInUser actor, long id, RequestState to, String note, String kind, Label what) {
        if (!ACTORS.contains(actor.role())) {
            return new RequestChange.Refused("roleMayNotAct", ServiceRoles.refusal(actor, ACT), true);
        }
        if (note != null && note.strip().length() > RequestRules.MAX_NOTE) {
            throw new ServiceInputInvalid("note", "备注最多 " + RequestRules.MAX_NOTE + " 个字符", "at most " + RequestRules.MAX_NOTE + " characters");
        }
        Optional<ServiceRequest> found = store.find(id, Scope.filter(actor), false, clock.now());
        if (found.isEmpty()) {
            return new RequestChange.NotFound("service request", String.valueOf(id));
        }
        RequestState state = store.lockState(id).orElseThrow();
        if (!state.mayMoveTo(to)) {
            return new RequestChange.Refused("stateDoesNotAllow", Label.of("服务请求 " + id + " 处于“" + state.label().zh() + "”，不能" + what.zh()
                    + "（可以：" + String.join("、", state.next().stream().map(s -> s.label().zh()).toList()) + "）",
                    "service request " + id + " is " + state.label().en().toLowerCase(Locale.ROOT) + " and cannot be " + what.en()
                            + " (it may become: " + String.join(", ", state.next().stream().map(s -> s.label().en()).toList()) + ")"), false);
        }
        Instant now = clock.now();
        ServiceRequest r = found.get();
        Instant newDeadline = to == RequestState.REOPENED
                ? now.plus(Duration.ofHours(policy.dispatch().route(r.serviceClass()).responseHours())) : null;
        store.move(id, to, now, newDeadline);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestId", id);
        inputs.put("from", state.name());
        inputs.put("to", to.name());
        if (newDeadline != null) {
            inputs.put("respondBy", newDeadline.toString());
        }
        if (note != null && !note.isBlank()) {
            inputs.put("note", note.strip());
        }
        record(r.customerId(), id, kind, to.name(), actor.username(), actor.role().name(), now, inputs, "moved",
                Label.of(state.label().zh() + " → " + to.label().zh() + (note == null || note.isBlank() ? "" : "：" + note.strip()),
                        state.label().en() + " → " + to.label().en() + (note == null || note.isBlank() ? "" : ": " + note.strip())));
        return new RequestChange.Changed(detail(id, Scope.filter(actor), false));
    }

    /** The follow-up (回访) after resolution: the customer's satisfaction 1–5 and what they said; once. */
    @Transactional
    public RequestChange followUp(SignedInUser actor, long id, Integer satisfaction, String note) {
        if (!ACTORS.contains(actor.role())) {
            return new RequestChange.Refused("roleMayNotAct", ServiceRoles.refusal(actor, ACT), true);
        }
        List<FieldProblem> problems = RequestRules.followUp(satisfaction, note);
        if (!problems.isEmpty()) {
            throw new ServiceInputInvalid(problems);
        }
        Optional<ServiceRequest> found = store.find(id, Scope.filter(actor), false, clock.now());
        if (found.isEmpty()) {
            return new RequestChange.NotFound("service request", String.valueOf(id));
        }
        RequestState state = store.lockState(id).orElseThrow();
        ServiceRequest r = found.get();
        if (state != RequestState.RESOLVED && state != RequestState.CLOSED) {
            return new RequestChange.Refused("notResolved", Label.of("服务请求 " + id + " 尚未解决，解决后才能回访",
                    "service request " + id + " is not resolved yet: follow up after it is"), false);
        }
        if (r.satisfaction() != null) {
            return new RequestChange.Refused("alreadyFollowedUp", Label.of("服务请求 " + id + " 已于 " + r.followedUpAt() + " 回访",
                    "service request " + id + " was followed up on " + r.followedUpAt()), false);
        }
        Instant now = clock.now();
        String text = note == null || note.isBlank() ? null : note.strip();
        store.followUp(id, satisfaction, text, actor.username(), now);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestId", id);
        inputs.put("satisfaction", satisfaction);
        if (text != null) {
            inputs.put("note", text);
        }
        record(r.customerId(), id, "SERVICE_REQUEST_FOLLOWED_UP", "SATISFACTION_" + satisfaction, actor.username(), actor.role().name(), now,
                inputs, "followUp", Label.of("回访：满意度 " + satisfaction + "/5" + (text == null ? "" : "，" + text),
                        "Followed up: satisfaction " + satisfaction + "/5" + (text == null ? "" : ", " + text)));
        return new RequestChange.Changed(detail(id, Scope.filter(actor), false));
    }

    /**
     * Escalates every request whose deadline passed unanswered to the supervisors of the customer's branch (once each,
     * audited); returns how many. Run before requests are shown and by the server every few seconds.
     */
    @Transactional
    public int escalateDue() {
        Instant now = clock.now();
        int n = 0;
        for (RequestStore.Late late : store.late(now)) {
            Optional<Label> reason = Escalation.due(late.state(), late.respondBy(), now, false, clock.clock().getZone());
            if (reason.isEmpty()) {
                continue;
            }
            List<String> supervisors = late.branch() == null ? List.of() : store.supervisors(late.branch());
            String to = supervisors.isEmpty() ? "SUPERVISOR@" + (late.branch() == null ? "-" : late.branch()) : String.join(",", supervisors);
            store.escalate(late.requestId(), to, now);
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("requestId", late.requestId());
            inputs.put("respondBy", late.respondBy().toString());
            inputs.put("state", late.state().name());
            inputs.put("escalatedTo", to);
            record(late.customerId(), late.requestId(), "SERVICE_REQUEST_ESCALATED", "ESCALATED", "system", io.clientlens.staff.Role.SYSTEM, now, inputs,
                    "deadlineBreached", reason.get());
            n++;
        }
        return n;
    }

    private void record(String customerId, long id, String kind, String outcome, String actor, String role, Instant at, Map<String, Object> inputs,
                        String rule, Label reason) {
        audit.append(new ServiceAuditLog.Entry(kind, ServiceClock.local(at), actor, role, customerId,
                "service-request:" + id, outcome, classificationPolicy.version(), inputs, rule, reason));
    }

    /** The workbench: RMs their customers' open requests, front-line staff and supervisors their branch's open and escalated ones. */
    @Override
    public List<WorkbenchView.RequestLine> requests(SignedInUser user) {
        if (!ACTORS.contains(user.role())) {
            return List.of();
        }
        escalateDue();
        RequestFilter filter = new RequestFilter(null, null, null, user.role() == Role.SUPERVISOR ? Boolean.TRUE : null, true, null);
        return store.page(filter, Scope.filter(user), false, clock.now(), 0, 10).items().stream()
                .map(r -> new WorkbenchView.RequestLine(r.requestId(), r.customerId(), r.customerName(), r.type().name(), r.state().name(),
                        r.respondBy(), r.breached(), r.escalatedAt() != null)).toList();
    }
}

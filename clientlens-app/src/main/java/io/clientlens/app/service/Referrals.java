package io.clientlens.app.service;

import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.service.persistence.ReferralStore;
import io.clientlens.app.service.persistence.RequestStore;
import io.clientlens.app.service.persistence.ServiceAuditLog;
import io.clientlens.code.Label;
import io.clientlens.policy.Policy;
import io.clientlens.service.ReferralOutcome;
import io.clientlens.service.ReferralState;
import io.clientlens.staff.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Referrals (docs/SERVICE.md "Referrals"): lobby staff (sales role) refer a customer of their branch to an RM (the
 * customer's own by default); the RM accepts or declines, follows up, and closes it with an outcome. Sales staff see the
 * referrals they made, the RM those made to them, the supervisor the branch's. Every step is audited.
 */
@Service
public class Referrals implements WorkbenchSection {
    private static final Set<Role> READERS = Capability.REFERRALS.roles();
    private static final int MAX_NOTE = 1000;

    private final ReferralStore store;
    private final RequestStore customers;
    private final ServiceAuditLog audit;
    private final ServiceClock clock;
    private final Policy policy;

    Referrals(ReferralStore store, RequestStore customers, ServiceAuditLog audit, ServiceClock clock, Policy policy) {
        this.store = store;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
    }

    static ReferralStore.Visibility visibility(SignedInUser user) {
        return switch (user.role()) {
            case SALES -> new ReferralStore.Visibility(user.username(), null, null);
            case RM -> new ReferralStore.Visibility(null, user.rmId(), null);
            case SUPERVISOR -> new ReferralStore.Visibility(null, null, user.branch());
            default -> new ReferralStore.Visibility(null, null, null);
        };
    }

    /** Refers a customer of the staff member's branch to {@code toRm} (blank: the customer's own RM). */
    @Transactional
    public ReferralChange refer(SignedInUser actor, String customerId, String toRm, String note) {
        if (actor.role() != Role.SALES && actor.role() != Role.SUPERVISOR) {
            return new ReferralChange.Refused("roleMayNotRefer", ServiceRoles.refusal(actor, Label.of("转介客户", "refer customers")), true);
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new ServiceInputInvalid("note", "说明最多 " + MAX_NOTE + " 个字符", "at most " + MAX_NOTE + " characters");
        }
        if (customerId == null || customerId.isBlank()) {
            throw new ServiceInputInvalid("customerId", "请填写要转介的客户号", "give the id of the customer to refer");
        }
        var customer = customers.customer(customerId.strip(), Scope.filter(actor));
        if (customer.isEmpty()) {
            return new ReferralChange.NotFound("customer", customerId);
        }
        String rm = toRm == null || toRm.isBlank() ? customer.get().rm() : toRm.strip();
        if (rm == null) {
            throw new ServiceInputInvalid("toRm", "该客户没有客户经理：请填写转介给哪位客户经理（编号，如 RM01）",
                    "the customer has no RM: give the RM id to refer to, e.g. RM01");
        }
        if (!store.rmKnown(rm)) { // a referral to nobody would wait for ever
            throw new ServiceInputInvalid("toRm", "没有编号为 " + rm + " 的客户经理", "there is no RM with the id " + rm);
        }
        var now = clock.now();
        long id = store.insert(customer.get().customerId(), actor.username(), actor.role().name(), customer.get().branch(), rm,
                note == null || note.isBlank() ? null : note.strip(), now);
        record(customer.get().customerId(), id, "REFERRAL_MADE", "REFERRED", actor, Map.of("toRm", rm),
                Label.of("大堂转介给客户经理 " + rm + (note == null || note.isBlank() ? "" : "：" + note.strip()),
                        "Referred to RM " + rm + (note == null || note.isBlank() ? "" : ": " + note.strip())));
        return new ReferralChange.Changed(store.find(id, new ReferralStore.Visibility(null, null, null)).orElseThrow());
    }

    public Page<Referral> list(SignedInUser viewer, ReferralState state, int page, int size) {
        ServiceRoles.require(viewer, READERS, Label.of("查看客户转介", "read referrals"));
        Tasks.checkPaging(page, size);
        return store.page(visibility(viewer), state, page, size);
    }

    public Optional<Referral> find(SignedInUser viewer, long id) {
        ServiceRoles.require(viewer, READERS, Label.of("查看客户转介", "read referrals"));
        return store.find(id, visibility(viewer));
    }

    /** The RM referred to: accept, decline, follow up (note), close (outcome). */
    @Transactional
    public ReferralChange move(SignedInUser actor, long id, String to, String outcomeText, String note) {
        if (actor.role() != Role.RM) {
            return new ReferralChange.Refused("onlyTheRm", Label.of("只有被转介的客户经理可以处理转介", "only the RM referred to acts on a referral"), true);
        }
        ReferralState target = null;
        for (ReferralState s : ReferralState.values()) {
            if (to != null && s.name().equalsIgnoreCase(to.strip().replace('-', '_'))) {
                target = s;
            }
        }
        if (target == null || target == ReferralState.REFERRED) {
            throw new ServiceInputInvalid("state", "应为 ACCEPTED、DECLINED、FOLLOWED_UP 或 CLOSED 之一", "expected ACCEPTED, DECLINED, FOLLOWED_UP or CLOSED");
        }
        ReferralOutcome outcome = null;
        if (target == ReferralState.CLOSED) {
            for (ReferralOutcome o : ReferralOutcome.values()) {
                if (outcomeText != null && o.name().equalsIgnoreCase(outcomeText.strip())) {
                    outcome = o;
                }
            }
            if (outcome == null) {
                throw new ServiceInputInvalid("outcome", "结束转介须填写结果：PRODUCT_OPENED、ADVICE_GIVEN、NOT_INTERESTED 或 UNREACHABLE",
                        "closing needs an outcome: PRODUCT_OPENED, ADVICE_GIVEN, NOT_INTERESTED or UNREACHABLE");
            }
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new ServiceInputInvalid("note", "说明最多 " + MAX_NOTE + " 个字符", "at most " + MAX_NOTE + " characters");
        }
        Optional<Referral> found = store.find(id, visibility(actor));
        if (found.isEmpty()) {
            return new ReferralChange.NotFound("referral", String.valueOf(id));
        }
        ReferralState state = store.lockState(id).orElseThrow();
        if (!state.mayMoveTo(target)) {
            return new ReferralChange.Refused("stateDoesNotAllow", Label.of("转介 " + id + " 处于“" + state.label().zh() + "”，不能改为“"
                    + target.label().zh() + "”", "referral " + id + " is " + state.label().en().toLowerCase(Locale.ROOT) + " and cannot become "
                    + target.label().en().toLowerCase(Locale.ROOT)), false);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        store.move(id, target, outcome, text, clock.now());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("from", state.name());
        inputs.put("to", target.name());
        if (outcome != null) {
            inputs.put("outcome", outcome.name());
        }
        if (text != null) {
            inputs.put("note", text);
        }
        Label what = outcome == null ? target.label() : Label.of(target.label().zh() + "：" + outcome.label().zh(),
                target.label().en() + ": " + outcome.label().en());
        record(found.get().customerId(), id, "REFERRAL_" + target.name(), outcome == null ? target.name() : outcome.name(), actor, inputs, what);
        return new ReferralChange.Changed(store.find(id, visibility(actor)).orElseThrow());
    }

    private void record(String customerId, long id, String kind, String outcome, SignedInUser actor, Map<String, Object> inputs, Label reason) {
        Map<String, Object> all = new LinkedHashMap<>(inputs);
        all.put("referralId", id);
        audit.append(new ServiceAuditLog.Entry(kind, clock.localNow(), actor.username(), actor.role().name(), customerId, "referral:" + id,
                outcome, policy.version(), all, kind, reason));
    }

    /** The workbench: the referrals sales staff made, those made to the RM, the branch's for supervisors (the latest ten). */
    @Override
    public List<WorkbenchView.ReferralLine> referrals(SignedInUser user) {
        if (!Capability.WORK_REFERRALS.allows(user.role())) {
            return List.of();
        }
        return store.page(visibility(user), null, 0, 10).items().stream().map(r -> new WorkbenchView.ReferralLine(r.referralId(),
                r.customerId(), r.customerName(), r.toRm(), r.state().name(), r.createdAt())).toList();
    }
}

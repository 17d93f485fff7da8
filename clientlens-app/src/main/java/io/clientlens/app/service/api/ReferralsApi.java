package io.clientlens.app.service.api;

import io.clientlens.app.service.Page;
import io.clientlens.app.service.Referral;
import io.clientlens.app.service.ReferralChange;
import io.clientlens.app.service.Referrals;
import io.clientlens.service.ReferralState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Referrals from lobby staff to RMs (docs/SERVICE.md): refer, list, accept or decline, follow up, close with an outcome. */
@RestController
@RequestMapping(path = "/api/v1/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "referrals", description = "客户转介 / Referrals to RMs")
class ReferralsApi extends ServiceApiSupport {
    private final Referrals referrals;

    ReferralsApi(Referrals referrals) {
        this.referrals = referrals;
    }

    record ReferRequest(String customerId, String toRm, String note) {
    }

    record MoveRequest(String state, String outcome, String note) {
    }

    record ReferralBody(long referralId, String customerId, String customerName, String referredBy, String branchId, String toRm, String note,
                        String state, Text stateLabel, String outcome, Text outcomeLabel, String followUpNote, Instant createdAt,
                        Instant acceptedAt, Instant followedUpAt, Instant closedAt) {
        static ReferralBody of(Referral r) {
            return new ReferralBody(r.referralId(), r.customerId(), r.customerName(), r.referredBy(), r.branchId(), r.toRm(), r.note(),
                    r.state().name(), Text.of(r.state().label()), r.outcome() == null ? null : r.outcome().name(),
                    r.outcome() == null ? null : Text.of(r.outcome().label()), r.followUpNote(), r.createdAt(), r.acceptedAt(), r.followedUpAt(),
                    r.closedAt());
        }
    }

    record ReferralPage(List<ReferralBody> items, int page, int size, long total) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refer a customer of the branch to an RM {customerId, toRm (default: the customer's RM), note} (sales staff, supervisors)")
    ResponseEntity<?> refer(@RequestBody ReferRequest body) {
        ReferralChange change = referrals.refer(user(), body.customerId(), body.toRm(), body.note());
        if (change instanceof ReferralChange.Changed c) {
            return ResponseEntity.created(URI.create("/api/v1/referrals/" + c.referral().referralId())).body(ReferralBody.of(c.referral()));
        }
        return answer(change);
    }

    @GetMapping
    @Operation(summary = "Referrals the caller made (sales), received (RM) or of the branch (supervisor), newest first (state; paged)")
    ReferralPage list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size) {
        Page<Referral> p = referrals.list(user(), parse(ReferralState.class, "state", state), page, size);
        return new ReferralPage(p.items().stream().map(ReferralBody::of).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable long id) {
        return referrals.find(user(), id).<ResponseEntity<?>>map(r -> ResponseEntity.ok(ReferralBody.of(r))).orElseGet(() -> notFound("referral", id));
    }

    @PostMapping(path = "/{id}/state", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The RM moves the referral on {state: ACCEPTED|DECLINED|FOLLOWED_UP|CLOSED, outcome (to close): PRODUCT_OPENED|"
            + "ADVICE_GIVEN|NOT_INTERESTED|UNREACHABLE, note}")
    ResponseEntity<?> move(@PathVariable long id, @RequestBody MoveRequest body) {
        return answer(referrals.move(user(), id, body.state(), body.outcome(), body.note()));
    }

    private static ResponseEntity<?> answer(ReferralChange change) {
        if (change instanceof ReferralChange.Changed c) {
            return ResponseEntity.ok(ReferralBody.of(c.referral()));
        }
        if (change instanceof ReferralChange.NotFound n) {
            return notFound(n.what(), n.id());
        }
        ReferralChange.Refused r = (ReferralChange.Refused) change;
        return refused(r.code(), r.reason(), r.forbidden());
    }
}

package io.clientlens.app.service.api;

import io.clientlens.app.service.Campaign;
import io.clientlens.app.service.CampaignChange;
import io.clientlens.app.service.CampaignMember;
import io.clientlens.app.service.CampaignReport;
import io.clientlens.app.service.Campaigns;
import io.clientlens.app.service.NewCampaign;
import io.clientlens.app.service.Page;
import io.clientlens.service.CampaignResponse;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Campaigns (docs/SERVICE.md): create over a stored segment or a target list, list, report, members and their responses. */
@RestController
@RequestMapping(path = "/api/v1/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "campaigns", description = "营销活动 / Campaigns")
class CampaignsApi extends ServiceApiSupport {
    private final Campaigns campaigns;

    CampaignsApi(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    record CreateRequest(String name, String kind, String productCode, String segment, List<String> customerIds, String startsOn,
                         String endsOn, String cost, String revenueRate) {
    }

    record ResponseRequest(String response) {
    }

    record CampaignResponseBody(long campaignId, String name, String kind, String productCode, String segment, LocalDate startsOn,
                                LocalDate endsOn, BigDecimal cost, BigDecimal revenueRate, String branchId, String createdBy, Instant createdAt,
                                String policyVersion, long members) {
        static CampaignResponseBody of(Campaign c) {
            return new CampaignResponseBody(c.campaignId(), c.name(), c.kind(), c.productCode(), c.segment(), c.startsOn(), c.endsOn(), c.cost(),
                    c.revenueRate(), c.branchId(), c.createdBy(), c.createdAt(), c.policyVersion(), c.members());
        }
    }

    record CampaignPage(List<CampaignResponseBody> items, int page, int size, long total) {
    }

    record ReportBody(CampaignResponseBody campaign, boolean wholeCampaign, long invited, Map<String, Long> byResponse, long responded,
                      BigDecimal responseRate, long converted, BigDecimal conversionRate, BigDecimal convertedAmount, BigDecimal revenue,
                      BigDecimal cost, BigDecimal returnOnCost, Text explanation) {
        static ReportBody of(CampaignReport r) {
            var m = r.measures();
            Map<String, Long> by = new LinkedHashMap<>();
            Arrays.stream(CampaignResponse.values()).forEach(x -> by.put(x.name(), m.byResponse().getOrDefault(x, 0L)));
            return new ReportBody(CampaignResponseBody.of(r.campaign()), r.wholeCampaign(), m.invited(), by, m.responded(), m.responseRate(),
                    m.converted(), m.conversionRate(), m.convertedAmount(), m.revenue(), m.cost(), m.returnOnCost(), Text.of(m.explanation()));
        }
    }

    record MemberBody(String customerId, String customerName, String response, Instant respondedAt, String respondedBy, boolean converted) {
        static MemberBody of(CampaignMember m) {
            return new MemberBody(m.customerId(), m.customerName(), m.response().name(), m.respondedAt(), m.respondedBy(), m.converted());
        }
    }

    record MemberPage(List<MemberBody> items, int page, int size, long total) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a campaign {name, kind: EVENT|FORUM|PRODUCT_OFFER, productCode, segment | customerIds, startsOn, endsOn, cost, "
            + "revenueRate}; every target in the caller's scope is invited")
    ResponseEntity<?> create(@RequestBody CreateRequest body) {
        CampaignChange change = campaigns.create(user(), new NewCampaign(body.name(), body.kind(), body.productCode(), body.segment(),
                body.customerIds(), body.startsOn(), body.endsOn(), body.cost(), body.revenueRate()));
        if (change instanceof CampaignChange.Created c) {
            return ResponseEntity.created(URI.create("/api/v1/campaigns/" + c.campaign().campaignId())).body(CampaignResponseBody.of(c.campaign()));
        }
        return answer(change);
    }

    @GetMapping
    @Operation(summary = "Campaigns, newest first (kind: EVENT|FORUM|PRODUCT_OFFER; page from 0, size 1–200)")
    CampaignPage list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size) {
        Page<Campaign> p = campaigns.list(user(), kind, page, size);
        return new CampaignPage(p.items().stream().map(CampaignResponseBody::of).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "The campaign's report: responses, response rate, conversions, revenue against cost (over the members in the caller's scope)")
    ResponseEntity<?> report(@PathVariable long id) {
        return campaigns.report(user(), id).<ResponseEntity<?>>map(r -> ResponseEntity.ok(ReportBody.of(r))).orElseGet(() -> notFound("campaign", id));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "Invited customers in the caller's scope (names masked), with response and conversion")
    MemberPage members(@PathVariable long id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page<CampaignMember> p = campaigns.members(user(), id, page, size);
        return new MemberPage(p.items().stream().map(MemberBody::of).toList(), p.page(), p.size(), p.total());
    }

    @PostMapping(path = "/{id}/members/{customerId}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a customer's response {response: ACCEPTED|DECLINED|ATTENDED}")
    ResponseEntity<?> respond(@PathVariable long id, @PathVariable String customerId, @RequestBody ResponseRequest body) {
        return answer(campaigns.respond(user(), id, customerId, body.response()));
    }

    private static ResponseEntity<?> answer(CampaignChange change) {
        if (change instanceof CampaignChange.Responded r) {
            return ResponseEntity.ok(MemberBody.of(r.member()));
        }
        if (change instanceof CampaignChange.NotFound n) {
            return notFound(n.what(), n.id());
        }
        CampaignChange.Refused r = (CampaignChange.Refused) change;
        return refused(r.code(), r.reason(), r.forbidden());
    }
}

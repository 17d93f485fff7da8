package io.clientlens.app.service;

import io.clientlens.app.analytics.SegmentSizes;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.service.persistence.CampaignStore;
import io.clientlens.app.service.persistence.ServiceAuditLog;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.clientlens.policy.Policy;
import io.clientlens.service.CampaignMeasures;
import io.clientlens.service.CampaignResponse;
import io.clientlens.service.ServicePolicy;
import io.clientlens.staff.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Campaigns (docs/SERVICE.md "Campaigns"): created by marketing (analysts), supervisors (for their branch) and the head of
 * wealth management over a stored custom segment or a target list; every target is invited; RMs and supervisors record
 * each customer's response; the report measures response rate, conversion (a holding of the campaign's product opened
 * within the window) and revenue against cost, over the members the viewer may see.
 */
@Service
public class Campaigns {
    static final Set<Role> CREATORS = Capability.CREATE_CAMPAIGNS.roles();
    static final Set<Role> RESPONDERS = Capability.RECORD_CAMPAIGN_RESPONSES.roles();
    static final Set<String> KINDS = Set.of("EVENT", "FORUM", "PRODUCT_OFFER");
    static final int MAX_TARGETS = 100_000;
    private static final Label READ = Label.of("查看营销活动", "read campaigns");

    private final CampaignStore store;
    private final SegmentSizes segments;
    private final ServiceAuditLog audit;
    private final ServiceClock clock;
    private final ServicePolicy policy;
    private final Policy classificationPolicy;
    private final JdbcClient jdbc;

    Campaigns(CampaignStore store, SegmentSizes segments, ServiceAuditLog audit, ServiceClock clock, ServicePolicy policy,
              Policy classificationPolicy, JdbcClient jdbc) {
        this.store = store;
        this.segments = segments;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.classificationPolicy = classificationPolicy;
        this.jdbc = jdbc;
    }

    /** A supervisor's campaigns and lists belong to the branch; the other creators' to the bank. */
    private static String branchOf(SignedInUser user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.RM || user.role() == Role.SALES ? user.branch() : null;
    }

    @Transactional
    public CampaignChange create(SignedInUser actor, NewCampaign c) {
        if (!CREATORS.contains(actor.role())) {
            return new CampaignChange.Refused("roleMayNotCreate", ServiceRoles.refusal(actor, Label.of("创建营销活动", "create campaigns")), true);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (c.name() == null || c.name().isBlank() || c.name().strip().length() > 200) {
            problems.add(new FieldProblem("name", "请填写活动名称（1–200 个字符）", "give the campaign a name (1–200 characters)"));
        }
        if (c.kind() == null || !KINDS.contains(c.kind().strip().toUpperCase(java.util.Locale.ROOT))) {
            problems.add(new FieldProblem("kind", "应为 EVENT（活动）、FORUM（客户论坛）或 PRODUCT_OFFER（产品推介）之一",
                    "expected EVENT, FORUM or PRODUCT_OFFER"));
        }
        LocalDate from = date(c.startsOn(), "startsOn", problems);
        LocalDate to = date(c.endsOn(), "endsOn", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("endsOn", "结束日期不能早于开始日期（" + from + "）", "must not be before startsOn (" + from + ")"));
        }
        BigDecimal cost = money(c.cost(), "cost", problems);
        BigDecimal rate = amount(c.revenueRate(), "revenueRate", policy.campaigns().revenueRate(), problems);
        if (rate != null && rate.compareTo(BigDecimal.ONE) > 0) {
            problems.add(new FieldProblem("revenueRate", "收益率应在 0 到 1 之间（0.01 即 1%）", "must be between 0 and 1 (0.01 means 1 %)"));
        }
        String productCode = c.productCode() == null || c.productCode().isBlank() ? null : c.productCode().strip();
        if (productCode != null && !store.productKnown(productCode)) {
            // conversions are counted from holdings of this code: a mistyped one would report 0 % without a word
            problems.add(new FieldProblem("productCode", "产品目录与持有产品中都没有代码“" + productCode + "”",
                    "no product with the code '" + productCode + "' in the product catalogue or the holdings"));
        }
        boolean bySegment = c.segment() != null && !c.segment().isBlank();
        boolean byList = c.customerIds() != null && c.customerIds().stream().anyMatch(s -> s != null && !s.isBlank());
        if (bySegment == byList) {
            problems.add(new FieldProblem("segment", "请二选一：已保存的自定义分群，或客户号名单", "give either a stored segment or a list of customer ids"));
        }
        if (!problems.isEmpty()) {
            throw new ServiceInputInvalid(problems);
        }
        Scope.Filter scope = Scope.filter(actor);
        List<String> targets;
        if (bySegment) {
            Optional<Long> run = jdbc.sql("select run_id from classification_run where status = 'DONE' order by run_id desc limit 1")
                    .query(Long.class).optional();
            String segment = c.segment().strip();
            // RMs invite a campaign's customers: picking them by the AML rating would tell them what compliance knows
            // (to a role that may not see the rating, such a segment does not exist: no members below)
            if (segments.readsAmlRating(segment) && io.clientlens.app.aml.AmlVisibility.currentUserMaySeeAmlRating()) {
                throw new ServiceInputInvalid("segment", "营销活动的客户由客户经理邀请，不能按洗钱风险等级选择；分群“" + segment + "”使用了洗钱风险等级",
                        "a campaign's customers are invited by their RMs, so they cannot be chosen by the AML rating; segment '"
                                + segment + "' reads it");
            }
            Optional<List<String>> members = run.flatMap(r -> segments.members(r, segment));
            if (members.isEmpty()) {
                throw new ServiceInputInvalid("segment", "没有可用的自定义分群“" + c.segment().strip() + "”（或尚无分类结果）",
                        "no usable stored segment '" + c.segment().strip() + "' (or no classification yet)");
            }
            targets = store.existing(members.get(), scope);
        } else {
            List<String> listed = c.customerIds().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
            Set<String> found = new HashSet<>(store.existing(listed, scope));
            List<String> missing = listed.stream().filter(id -> !found.contains(id)).limit(10).toList();
            if (!missing.isEmpty()) {
                throw new ServiceInputInvalid("customerIds", "您的范围内没有这些客户：" + String.join("、", missing),
                        "no such customers in your scope: " + String.join(", ", missing));
            }
            targets = listed;
        }
        if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
            throw new ServiceInputInvalid(bySegment ? "segment" : "customerIds", "目标客户应为 1 到 " + MAX_TARGETS + " 位（现为 " + targets.size() + "）",
                    "expected 1 to " + MAX_TARGETS + " target customers, found " + targets.size());
        }
        var now = clock.now();
        long id = store.insert(c.name().strip(), c.kind().strip().toUpperCase(java.util.Locale.ROOT), productCode, bySegment ? c.segment().strip() : null,
                from, to, cost, rate, branchOf(actor), actor.username(), actor.role().name(), now, classificationPolicy.version());
        int invited = store.invite(id, targets, scope, now);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("campaignId", id);
        inputs.put("target", bySegment ? "segment:" + c.segment().strip() : "list");
        inputs.put("invited", invited);
        inputs.put("productCode", productCode);
        inputs.put("window", from + ".." + to);
        audit.append(new ServiceAuditLog.Entry("CAMPAIGN_CREATED", ServiceClock.local(now), actor.username(), actor.role().name(), null,
                "campaign:" + id, "CREATED", classificationPolicy.version(), inputs, "campaignCreated",
                Label.of("创建营销活动“" + c.name().strip() + "”，邀请 " + invited + " 位客户", "Created campaign '" + c.name().strip()
                        + "', invited " + invited + " customers")));
        return new CampaignChange.Created(store.find(id, null).orElseThrow());
    }

    /** Campaigns the viewer sees, newest first; {@code kind} (EVENT, FORUM, PRODUCT_OFFER) or null for all. */
    public Page<Campaign> list(SignedInUser viewer, String kind, int page, int size) {
        ServiceRoles.require(viewer, ServiceRoles.CAMPAIGN_READERS, READ);
        Tasks.checkPaging(page, size);
        String k = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(java.util.Locale.ROOT);
        if (k != null && !KINDS.contains(k)) {
            throw new ServiceInputInvalid("kind", "应为 EVENT、FORUM 或 PRODUCT_OFFER 之一", "expected EVENT, FORUM or PRODUCT_OFFER");
        }
        return store.page(branchOf(viewer), k, page, size);
    }

    public Optional<CampaignReport> report(SignedInUser viewer, long id) {
        ServiceRoles.require(viewer, ServiceRoles.CAMPAIGN_READERS, READ);
        return store.find(id, branchOf(viewer)).map(c -> {
            Scope.Filter scope = Scope.filter(viewer);
            Object[] conversions = store.conversions(c, scope);
            CampaignMeasures m = CampaignMeasures.of(store.responses(id, scope), (Long) conversions[0], (BigDecimal) conversions[1],
                    c.revenueRate(), c.cost(), classificationPolicy.currency());
            return new CampaignReport(c, m, scope.branch() == null && scope.rmId() == null);
        });
    }

    /** The members the viewer may see (not analysts: they see figures, never single customers). */
    public Page<CampaignMember> members(SignedInUser viewer, long id, int page, int size) {
        ServiceRoles.require(viewer, Capability.SEE_CAMPAIGN_MEMBERS.roles(),
                Label.of("查看活动中的单个客户", "see single customers of a campaign"));
        Tasks.checkPaging(page, size);
        Campaign c = store.find(id, branchOf(viewer)).orElse(null);
        return c == null ? new Page<>(List.of(), page, size, 0) : store.members(c, Scope.filter(viewer), page, size);
    }

    @Transactional
    public CampaignChange respond(SignedInUser actor, long id, String customerId, String responseText) {
        if (!RESPONDERS.contains(actor.role())) {
            return new CampaignChange.Refused("roleMayNotRespond", ServiceRoles.refusal(actor, Label.of("记录客户的活动回复", "record campaign responses")), true);
        }
        CampaignResponse response = null;
        for (CampaignResponse r : CampaignResponse.values()) {
            if (r.isResponse() && responseText != null && r.name().equalsIgnoreCase(responseText.strip())) {
                response = r;
            }
        }
        if (response == null) {
            throw new ServiceInputInvalid("response", "应为 ACCEPTED（接受）、DECLINED（拒绝）或 ATTENDED（已参加）之一",
                    "expected ACCEPTED, DECLINED or ATTENDED");
        }
        Optional<Campaign> c = store.find(id, branchOf(actor));
        if (c.isEmpty()) {
            return new CampaignChange.NotFound("campaign", String.valueOf(id));
        }
        Optional<CampaignMember> member = store.member(c.get(), customerId, Scope.filter(actor));
        if (member.isEmpty()) {
            return new CampaignChange.NotFound("campaign member", customerId);
        }
        var now = clock.now();
        store.respond(id, customerId, response, actor.username(), now);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("campaignId", id);
        inputs.put("from", member.get().response().name());
        inputs.put("to", response.name());
        audit.append(new ServiceAuditLog.Entry("CAMPAIGN_RESPONSE", ServiceClock.local(now), actor.username(), actor.role().name(), customerId,
                "campaign:" + id, response.name(), classificationPolicy.version(), inputs, "responseRecorded",
                Label.of("活动“" + c.get().name() + "”：" + response.label().zh(), "Campaign '" + c.get().name() + "': " + response.label().en())));
        return new CampaignChange.Responded(store.member(c.get(), customerId, Scope.filter(actor)).orElseThrow());
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "应为日期 yyyy-MM-dd", "expected a date yyyy-MM-dd"));
            return null;
        }
    }

    /** An amount of money as every amount of the product is typed (20000, 20,000, 2万, 1.5万元); none is 0. */
    private static BigDecimal money(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        io.clientlens.customer.TypedAmount.Result read = io.clientlens.customer.TypedAmount.parse(text);
        if (read instanceof io.clientlens.customer.TypedAmount.Result.Read amount) {
            return amount.amount();
        }
        problems.add(((io.clientlens.customer.TypedAmount.Result.Refused) read).problem(field));
        return null;
    }

    private static BigDecimal amount(String text, String field, BigDecimal missing, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return missing;
        }
        try {
            BigDecimal v = new BigDecimal(text.strip().replace(",", ""));
            if (v.signum() < 0) {
                problems.add(new FieldProblem(field, "不能为负数", "must not be negative"));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "应为数字，如 20000 或 0.01", "expected a number such as 20000 or 0.01"));
            return null;
        }
    }
}

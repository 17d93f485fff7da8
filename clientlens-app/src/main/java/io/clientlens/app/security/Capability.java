package io.clientlens.app.security;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do: the one table behind the REST filter chain, the pages (what they offer) and the services that check
 * again. docs/SECURITY.md shows it as a table; {@code CapabilityTableTest} keeps that table and this one equal.
 */
public enum Capability {
    /** The customer list, masked (analysts see it, but no single customer's page). */
    LIST_CUSTOMERS(Label.of("查看客户列表（脱敏）", "list customers (masked)"), UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR,
            UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE, UserRole.ANALYST, UserRole.ADMIN),
    READ_CUSTOMERS(Label.of("查看客户", "read customers"),
            UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE, UserRole.ADMIN),
    /** The customer list's RM column and filter: for the roles whose scope holds more than one RM's book. */
    SEE_RM_BOOKS(Label.of("按客户经理查看客户", "see and filter customers by RM"),
            UserRole.SALES, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE, UserRole.ADMIN),
    /** Assessments, suitability checks and their steps, interaction notes. */
    ADVISE(Label.of("咨询与销售", "advise and sell"), UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH),
    READ_NOTES(Label.of("查看联系记录", "read interaction notes"),
            UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE),
    EDIT_PROFILE(Label.of("修改客户资料", "edit profiles"), UserRole.RM, UserRole.SUPERVISOR, UserRole.ADMIN),
    /** Masked views show the employer only to those who advise the customer or review the advice and KYC. */
    READ_EMPLOYER(Label.of("在脱敏视图中查看工作单位", "see the employer in masked views"), UserRole.RM, UserRole.SUPERVISOR, UserRole.COMPLIANCE),
    UNMASK(Label.of("查看明文（记入审计）", "show a value in clear (audited)"), UserRole.RM, UserRole.SUPERVISOR, UserRole.COMPLIANCE),
    READ_NEEDS(Label.of("查看需求分析", "read needs analyses"), UserRole.RM, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE),
    ACT_ON_NEEDS(Label.of("登记需求", "act on the needs register"), UserRole.RM, UserRole.SUPERVISOR),
    READ_CHECKS(Label.of("查看适当性检查", "read suitability checks"),
            UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE),
    APPROVE(Label.of("复核与审批", "review and approve"), UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH),
    READ_REMINDERS(Label.of("查看风评到期提醒", "read assessment reminders"),
            UserRole.RM, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE),
    READ_AUDIT(Label.of("查看审计记录", "read the audit trail"), UserRole.COMPLIANCE, UserRole.HEAD_OF_WEALTH),
    /** Counts over all customers: the dashboards. */
    READ_AGGREGATES(Label.of("查看统计图表", "read dashboards"),
            UserRole.ANALYST, UserRole.SUPERVISOR, UserRole.COMPLIANCE, UserRole.HEAD_OF_WEALTH, UserRole.ADMIN),
    READ_SEGMENTS(Label.of("查看自定义分群", "read custom segments"),
            UserRole.ANALYST, UserRole.ADMIN, UserRole.COMPLIANCE, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH),
    EDIT_SEGMENTS(Label.of("定义自定义分群", "define custom segments"), UserRole.ANALYST, UserRole.ADMIN),
    /** Target lists name customers (masked): for the roles that run bank-wide marketing. */
    EXPORT_TARGETS(Label.of("导出目标客户名单", "export target lists"), UserRole.ANALYST, UserRole.ADMIN, UserRole.HEAD_OF_WEALTH),
    /** Home page: the workbench of the roles that serve customers. */
    WORKBENCH_HOME(Label.of("以工作台为首页", "the workbench as home page"), UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR),
    USE_WORKBENCH(Label.of("使用客户经理工作台", "use the RM workbench"), UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH),
    TASKS(Label.of("查看待办", "read tasks"), UserRole.RM, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE, UserRole.ADMIN),
    ACT_ON_TASKS(Label.of("完成、推迟或重开待办", "close, snooze or reopen tasks"), UserRole.RM, UserRole.SUPERVISOR),
    SERVICE_REQUESTS(Label.of("查看服务请求", "read service requests"),
            UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE, UserRole.ADMIN),
    WORK_SERVICE_REQUESTS(Label.of("登记与处理服务请求", "open and work service requests"), UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR),
    IMPORT_SERVICE_REQUESTS(Label.of("导入服务请求", "import service requests"), UserRole.ADMIN, UserRole.SUPERVISOR),
    CAMPAIGNS(Label.of("查看营销活动", "read campaigns"), UserRole.RM, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.ANALYST, UserRole.ADMIN),
    CREATE_CAMPAIGNS(Label.of("创建营销活动", "create campaigns"), UserRole.ANALYST, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.ADMIN),
    /** Analysts see a campaign's figures, never its single customers. */
    SEE_CAMPAIGN_MEMBERS(Label.of("查看活动中的单个客户", "see single customers of a campaign"),
            UserRole.RM, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH, UserRole.ADMIN),
    RECORD_CAMPAIGN_RESPONSES(Label.of("记录客户的活动回复", "record campaign responses"), UserRole.RM, UserRole.SUPERVISOR),
    REFERRALS(Label.of("查看客户转介", "read referrals"), UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH),
    WORK_REFERRALS(Label.of("转介客户与跟进转介", "refer customers and follow referrals up"), UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR),
    /**
     * Anti-money laundering (docs/AML.md): alerts, cases and their steps, screening matches, due-diligence reviews and the
     * watch lists. Compliance only: whoever works with the customer must not learn what compliance knows (no tipping-off).
     */
    READ_AML(Label.of("反洗钱预警、案件与尽职调查", "AML alerts, cases and due diligence"), UserRole.COMPLIANCE),
    /** The AML rating and its reasons: never the roles that work with the customer (they would learn of an open report). */
    SEE_AML_RATING(Label.of("查看洗钱风险等级", "see the AML risk rating"),
            UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE, UserRole.ANALYST, UserRole.ADMIN),
    /** Imports, classification runs, users, the product catalogue and questionnaires. */
    ADMINISTER(Label.of("系统管理", "administer"), UserRole.ADMIN);

    private final Label label;
    private final Set<UserRole> roles;

    Capability(Label label, UserRole first, UserRole... more) {
        this.label = label;
        this.roles = EnumSet.of(first, more);
    }

    public Label label() {
        return label;
    }

    public boolean allows(UserRole role) {
        return roles.contains(role);
    }

    public Set<UserRole> roles() {
        return Set.copyOf(roles);
    }

    /** The role names as Spring Security's {@code hasAnyRole} takes them. */
    String[] roleNames() {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    /** The capabilities of one role, in the table's order. */
    public static Set<Capability> of(UserRole role) {
        Set<Capability> mine = EnumSet.noneOf(Capability.class);
        Arrays.stream(values()).filter(c -> c.allows(role)).forEach(mine::add);
        return mine;
    }
}

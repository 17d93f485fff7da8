package io.clientlens.app.security;

import io.clientlens.code.Label;
import io.clientlens.staff.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do: the one table behind the REST filter chain, the pages (what they offer) and the services that check
 * again. docs/SECURITY.md shows it as a table; {@code CapabilityTableTest} keeps that table and this one equal.
 */
public enum Capability {
    /** The customer list, masked (analysts see it, but no single customer's page). */
    LIST_CUSTOMERS(Label.of("查看客户列表（脱敏）", "list customers (masked)"), Role.RM, Role.SALES, Role.SUPERVISOR,
            Role.HEAD_OF_WEALTH, Role.COMPLIANCE, Role.ANALYST, Role.ADMIN),
    READ_CUSTOMERS(Label.of("查看客户", "read customers"),
            Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.COMPLIANCE, Role.ADMIN),
    /** The customer list's RM column and filter: for the roles whose scope holds more than one RM's book. */
    SEE_RM_BOOKS(Label.of("按客户经理查看客户", "see and filter customers by RM"),
            Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.COMPLIANCE, Role.ADMIN),
    /** Assessments, suitability checks and their steps, interaction notes. */
    ADVISE(Label.of("咨询与销售", "advise and sell"), Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH),
    READ_NOTES(Label.of("查看联系记录", "read interaction notes"),
            Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.COMPLIANCE),
    EDIT_PROFILE(Label.of("修改客户资料", "edit profiles"), Role.RM, Role.SUPERVISOR, Role.ADMIN),
    /** Masked views show the employer only to those who advise the customer or review the advice and KYC. */
    READ_EMPLOYER(Label.of("在脱敏视图中查看工作单位", "see the employer in masked views"), Role.RM, Role.SUPERVISOR, Role.COMPLIANCE),
    UNMASK(Label.of("查看明文（记入审计）", "show a value in clear (audited)"), Role.RM, Role.SUPERVISOR, Role.COMPLIANCE),
    READ_NEEDS(Label.of("查看需求分析", "read needs analyses"), Role.RM, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.COMPLIANCE),
    ACT_ON_NEEDS(Label.of("登记需求", "act on the needs register"), Role.RM, Role.SUPERVISOR),
    READ_CHECKS(Label.of("查看适当性检查", "read suitability checks"),
            Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.COMPLIANCE),
    APPROVE(Label.of("复核与审批", "review and approve"), Role.SUPERVISOR, Role.HEAD_OF_WEALTH),
    READ_REMINDERS(Label.of("查看风评到期提醒", "read assessment reminders"),
            Role.RM, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.COMPLIANCE),
    READ_AUDIT(Label.of("查看审计记录", "read the audit trail"), Role.COMPLIANCE, Role.HEAD_OF_WEALTH),
    /** Counts over all customers: the dashboards. */
    READ_AGGREGATES(Label.of("查看统计图表", "read dashboards"),
            Role.ANALYST, Role.SUPERVISOR, Role.COMPLIANCE, Role.HEAD_OF_WEALTH, Role.ADMIN),
    READ_SEGMENTS(Label.of("查看自定义分群", "read custom segments"),
            Role.ANALYST, Role.ADMIN, Role.COMPLIANCE, Role.SUPERVISOR, Role.HEAD_OF_WEALTH),
    EDIT_SEGMENTS(Label.of("定义自定义分群", "define custom segments"), Role.ANALYST, Role.ADMIN),
    /** Target lists name customers (masked): for the roles that run bank-wide marketing. */
    EXPORT_TARGETS(Label.of("导出目标客户名单", "export target lists"), Role.ANALYST, Role.ADMIN, Role.HEAD_OF_WEALTH),
    /** Home page: the workbench of the roles that serve customers. */
    WORKBENCH_HOME(Label.of("以工作台为首页", "the workbench as home page"), Role.RM, Role.SALES, Role.SUPERVISOR),
    USE_WORKBENCH(Label.of("使用客户经理工作台", "use the RM workbench"), Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH),
    TASKS(Label.of("查看待办", "read tasks"), Role.RM, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.COMPLIANCE, Role.ADMIN),
    ACT_ON_TASKS(Label.of("完成、推迟或重开待办", "close, snooze or reopen tasks"), Role.RM, Role.SUPERVISOR),
    SERVICE_REQUESTS(Label.of("查看服务请求", "read service requests"),
            Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.COMPLIANCE, Role.ADMIN),
    WORK_SERVICE_REQUESTS(Label.of("登记与处理服务请求", "open and work service requests"), Role.RM, Role.SALES, Role.SUPERVISOR),
    IMPORT_SERVICE_REQUESTS(Label.of("导入服务请求", "import service requests"), Role.ADMIN, Role.SUPERVISOR),
    CAMPAIGNS(Label.of("查看营销活动", "read campaigns"), Role.RM, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.ANALYST, Role.ADMIN),
    CREATE_CAMPAIGNS(Label.of("创建营销活动", "create campaigns"), Role.ANALYST, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.ADMIN),
    /** Analysts see a campaign's figures, never its single customers. */
    SEE_CAMPAIGN_MEMBERS(Label.of("查看活动中的单个客户", "see single customers of a campaign"),
            Role.RM, Role.SUPERVISOR, Role.HEAD_OF_WEALTH, Role.ADMIN),
    RECORD_CAMPAIGN_RESPONSES(Label.of("记录客户的活动回复", "record campaign responses"), Role.RM, Role.SUPERVISOR),
    REFERRALS(Label.of("查看客户转介", "read referrals"), Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH),
    WORK_REFERRALS(Label.of("转介客户与跟进转介", "refer customers and follow referrals up"), Role.RM, Role.SALES, Role.SUPERVISOR),
    /**
     * Anti-money laundering (docs/AML.md): alerts, cases and their steps, screening matches, due-diligence reviews and the
     * watch lists. Compliance only: whoever works with the customer must not learn what compliance knows (no tipping-off).
     */
    READ_AML(Label.of("反洗钱预警、案件与尽职调查", "AML alerts, cases and due diligence"), Role.COMPLIANCE),
    /** The AML rating and its reasons: never the roles that work with the customer (they would learn of an open report). */
    SEE_AML_RATING(Label.of("查看洗钱风险等级", "see the AML risk rating"),
            Role.HEAD_OF_WEALTH, Role.COMPLIANCE, Role.ANALYST, Role.ADMIN),
    /** Imports, classification runs, users, the product catalogue and questionnaires. */
    ADMINISTER(Label.of("系统管理", "administer"), Role.ADMIN);

    private final Label label;
    private final Set<Role> roles;

    Capability(Label label, Role first, Role... more) {
        this.label = label;
        this.roles = EnumSet.of(first, more);
    }

    public Label label() {
        return label;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** The role names as Spring Security's {@code hasAnyRole} takes them. */
    String[] roleNames() {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    /** The capabilities of one role, in the table's order. */
    public static Set<Capability> of(Role role) {
        Set<Capability> mine = EnumSet.noneOf(Capability.class);
        Arrays.stream(values()).filter(c -> c.allows(role)).forEach(mine::add);
        return mine;
    }
}

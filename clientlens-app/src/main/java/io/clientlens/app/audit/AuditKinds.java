package io.clientlens.app.audit;

import io.clientlens.code.Label;
import io.clientlens.suitability.Step;

import java.util.LinkedHashMap;
import java.util.Map;

/** What each kind of audit record is called in both languages; a kind not listed here is shown as its code. */
public final class AuditKinds {
    private static final Map<String, Label> LABELS = labels();

    private AuditKinds() {
    }

    public static Label label(String kind) {
        Label label = LABELS.get(kind);
        return label != null ? label : Label.of(kind, kind);
    }

    public static boolean known(String kind) {
        return LABELS.containsKey(kind);
    }

    private static Map<String, Label> labels() {
        Map<String, Label> m = new LinkedHashMap<>();
        m.put("UNMASK", Label.of("查看明文", "Shown in clear"));
        m.put("PROFILE_CHANGE", Label.of("客户资料修改", "Profile change"));
        m.put("ADMIN_JOB", Label.of("管理作业（导入、分类）", "Administration job (import, run)"));
        m.put("RUN_DELETED", Label.of("删除分类运行", "Classification run deleted"));
        m.put("TARGET_LIST_EXPORT", Label.of("导出目标客户名单", "Target list exported"));
        m.put("PROFILE_EXPORT", Label.of("导出未脱敏的客户资料", "Profile exported in clear"));
        m.put("AUDIT_EXPORT", Label.of("导出审计记录", "Audit records exported"));
        m.put("ASSESSMENT", Label.of("问卷评估", "Questionnaire assessment"));
        m.put("SUITABILITY_CHECK", Label.of("适当性检查", "Suitability check"));
        for (Step step : Step.values()) {
            m.put(step.name(), step.label());
        }
        m.put("TASK_DONE", Label.of("待办完成", "Task done"));
        m.put("TASK_SNOOZED", Label.of("待办推迟", "Task snoozed"));
        m.put("TASK_REOPENED", Label.of("待办重新打开", "Task reopened"));
        m.put("SERVICE_TASKS", Label.of("待办计算", "Tasks computed"));
        m.put("SERVICE_REQUEST_OPENED", Label.of("服务请求登记", "Service request opened"));
        m.put("SERVICE_REQUEST_DISPATCHED", Label.of("服务请求分派", "Service request dispatched"));
        m.put("SERVICE_REQUEST_TAKEN", Label.of("服务请求受理", "Service request taken up"));
        m.put("SERVICE_REQUEST_RESOLVED", Label.of("服务请求解决", "Service request resolved"));
        m.put("SERVICE_REQUEST_CLOSED", Label.of("服务请求关闭", "Service request closed"));
        m.put("SERVICE_REQUEST_REOPENED", Label.of("服务请求重开", "Service request reopened"));
        m.put("SERVICE_REQUEST_ESCALATED", Label.of("服务请求超时升级", "Service request escalated"));
        m.put("SERVICE_REQUEST_FOLLOWED_UP", Label.of("服务请求回访", "Service request followed up"));
        m.put("CAMPAIGN_CREATED", Label.of("营销活动创建", "Campaign created"));
        m.put("CAMPAIGN_RESPONSE", Label.of("营销活动回复", "Campaign response"));
        m.put("REFERRAL_MADE", Label.of("客户转介", "Referral made"));
        return Map.copyOf(m);
    }
}

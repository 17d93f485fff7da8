package io.clientlens.service;

import io.clientlens.code.Label;

import java.time.Duration;
import java.time.Instant;

/**
 * Dispatches a service request by the customer's service class (docs/SERVICE.md "Service requests"): A to the
 * customer's RM through the green channel (priority), B to the service centre, C to the online queue, each with the
 * policy's response hours. A customer not yet classified is dispatched as the policy's unclassified class.
 */
public final class Dispatch {
    private Dispatch() {
    }

    /** Where the request went: the queue, the RM when it is the green channel, the deadline and why. */
    public record Dispatched(String serviceClass, boolean classified, RequestQueue queue, String assignedRm, boolean priority,
                             Instant respondBy, int responseHours, Label reason) {
    }

    public static Dispatched of(String serviceClass, String customerRm, Instant at, ServicePolicy.Dispatch policy) {
        boolean classified = serviceClass != null && policy.byClass().containsKey(serviceClass);
        String cls = classified ? serviceClass : policy.unclassified();
        ServicePolicy.Route route = policy.route(cls);
        boolean green = route.queue() == RequestQueue.RM_GREEN_CHANNEL;
        String rm = green ? customerRm : null;
        Instant respondBy = at.plus(Duration.ofHours(route.responseHours()));
        Label which = classified ? Label.of(cls + " 类客户", "class " + cls + " customer")
                : Label.of("尚未分类的客户（按 " + cls + " 类）", "customer not yet classified (dispatched as class " + cls + ")");
        Label where = green ? Label.of(route.queue().label().zh() + "（客户经理 " + (rm == null ? "未指定" : rm) + "，优先处理）",
                route.queue().label().en() + " (RM " + (rm == null ? "not set" : rm) + ", priority)") : route.queue().label();
        return new Dispatched(cls, classified, route.queue(), rm, green, respondBy, route.responseHours(),
                Label.of(which.zh() + " → " + where.zh() + "，须在 " + route.responseHours() + " 小时内响应",
                        which.en() + " → " + where.en() + ", to be answered within " + route.responseHours() + " hours"));
    }
}

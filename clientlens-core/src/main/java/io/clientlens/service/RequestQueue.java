package io.clientlens.service;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.Optional;

/** Where a service request is dispatched: by class, A to the customer's RM, B to the service centre, C online. */
public enum RequestQueue {
    RM_GREEN_CHANNEL(Label.of("客户经理绿色通道", "RM green channel")),
    SERVICE_CENTRE(Label.of("客户服务中心", "Service centre")),
    ONLINE_QUEUE(Label.of("线上服务队列", "Online queue"));

    private final Label label;

    RequestQueue(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    public static Optional<RequestQueue> parse(String text) {
        return Arrays.stream(values()).filter(q -> q.name().equals(text)).findFirst();
    }
}

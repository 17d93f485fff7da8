package io.clientlens.service;

import io.clientlens.code.Label;

/** How a service request arrived. */
public enum RequestChannel {
    HOTLINE(Label.of("服务热线", "Hotline")),
    ONLINE_CHAT(Label.of("在线客服", "Online chat")),
    EMAIL(Label.of("电子邮件", "E-mail")),
    BRANCH(Label.of("网点", "Branch"));

    private final Label label;

    RequestChannel(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}

package io.clientlens.service;

import io.clientlens.code.Label;

/** What a service request is about. Complaints are a regulated channel: supervisors and compliance see every one. */
public enum RequestType {
    TECHNICAL_SUPPORT(Label.of("技术支持", "Technical support")),
    REPAIR(Label.of("维修", "Repair")),
    COMPLAINT(Label.of("投诉", "Complaint")),
    CONSULTATION(Label.of("咨询", "Consultation")),
    ACCOUNT_SERVICE(Label.of("账户服务", "Account service"));

    private final Label label;

    RequestType(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}

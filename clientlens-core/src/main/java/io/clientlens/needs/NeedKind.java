package io.clientlens.needs;

import io.clientlens.code.Label;

/** The three ways the needs register (docs/NEEDS.md) classifies a need. */
public final class NeedKind {
    private NeedKind() {
    }

    /** 基本 / 期望 / 潜在. */
    public enum Expectation {
        BASIC(Label.of("基本需求", "Basic")), EXPECTED(Label.of("期望需求", "Expected")), LATENT(Label.of("潜在需求", "Latent"));

        private final Label label;

        Expectation(Label label) {
            this.label = label;
        }

        public Label label() {
            return label;
        }
    }

    /** 有声 / 沉默: did the customer say it? */
    public enum Voice {
        STATED(Label.of("有声需求", "Stated")), UNSTATED(Label.of("沉默需求", "Unstated"));

        private final Label label;

        Voice(Label label) {
            this.label = label;
        }

        public Label label() {
            return label;
        }
    }

    /** 明示 / 隐含 / 法定 / 附加. */
    public enum Nature {
        EXPLICIT(Label.of("明示需求", "Explicit")), IMPLICIT(Label.of("隐含需求", "Implicit")),
        STATUTORY(Label.of("法定需求", "Statutory")), ADDED(Label.of("附加需求", "Organisation-added"));

        private final Label label;

        Nature(Label label) {
            this.label = label;
        }

        public Label label() {
            return label;
        }
    }

    /** Where the need was found. */
    public enum Source {
        DIAGNOSIS(Label.of("需求诊断", "Needs diagnosis")), INTERVIEW(Label.of("面谈沟通", "Interview")),
        QUESTIONNAIRE(Label.of("调查问卷", "Questionnaire")), PHONE(Label.of("电话沟通", "Phone")),
        DATA_MINING(Label.of("数据挖掘", "Data mining")), CUSTOMER_REQUEST(Label.of("客户提出", "Customer request"));

        private final Label label;

        Source(Label label) {
            this.label = label;
        }

        public Label label() {
            return label;
        }
    }
}

package io.clientlens.questionnaire;

import io.clientlens.code.Label;

/** The four social styles of docs/SUITABILITY.md, from cues the RM observes, with suggested approaches. */
public enum SocialStyle implements Persona {
    DOMINANT(Label.of("支配型", "Dominant"),
            Label.of("果断，命令式短句，声音洪亮，手势有力", "Decisive, imperative short sentences, loud, strong gestures"),
            Label.of("直奔主题，给出两三个清晰选项由客户决定，守时高效，不绕弯子",
                    "Get to the point, offer two or three clear options and let the customer decide; be punctual and brief")),
    AMIABLE(Label.of("友善型", "Amiable"),
            Label.of("犹豫，语气温和，重复，眼神游移", "Hesitant, gentle, repeats, wandering eyes"),
            Label.of("先建立信任，耐心倾听，给出明确建议与保证，不施加压力，跟进确认",
                    "Build trust first, listen patiently, give a clear recommendation and reassurance, no pressure, follow up")),
    EXPRESSIVE(Label.of("情感型", "Expressive"),
            Label.of("果断但冲动，表情丰富，表达流畅，热情", "Decisive but impulsive, expressive face, fluent, warm"),
            Label.of("热情回应，讲愿景和故事，简化细节，但务必让客户看清风险并书面确认",
                    "Respond warmly, talk about goals and stories, keep details light, but make sure risks are seen and confirmed in writing")),
    ANALYTICAL(Label.of("分析型", "Analytical"),
            Label.of("分析各种因素，决定慢，表情少，不喜欢夸张，爱提问", "Analyses factors, slow to decide, little expression, dislikes exaggeration, asks questions"),
            Label.of("准备详实数据和书面材料，逐条回答问题，避免夸大，给足考虑时间",
                    "Prepare detailed data and documents, answer every question, never exaggerate, give time to decide"));

    private final Label label;
    private final Label traits;
    private final Label approach;

    SocialStyle(Label label, Label traits, Label approach) {
        this.label = label;
        this.traits = traits;
        this.approach = approach;
    }

    @Override
    public Label label() {
        return label;
    }

    @Override
    public Label traits() {
        return traits;
    }

    @Override
    public Label approach() {
        return approach;
    }
}

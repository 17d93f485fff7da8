package io.clientlens.app.refusal;

import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;

import java.util.Map;

/** The thing a request names does not exist. Answered with 404, saying so in both languages. */
public class NotFound extends RuntimeException implements SaysItself {
    private static final long serialVersionUID = 1L;

    /** What a request can name, in Chinese; another thing is named as given. */
    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("action", "操作"),
            Map.entry("assessment", "评估记录"),
            Map.entry("campaign", "营销活动"),
            Map.entry("campaign member", "活动成员"),
            Map.entry("case", "案件"),
            Map.entry("classification run", "分类运行"),
            Map.entry("customer", "客户"),
            Map.entry("job", "作业"),
            Map.entry("need", "需求"),
            Map.entry("product", "产品"),
            Map.entry("questionnaire kind", "问卷类型"),
            Map.entry("questionnaire", "问卷"),
            Map.entry("referral", "转介"),
            Map.entry("segment", "分群"),
            Map.entry("service request", "服务请求"),
            Map.entry("signature", "签名"),
            Map.entry("suitability check", "适当性检查"),
            Map.entry("task", "待办"));

    private final String what;
    private final String id;

    public NotFound(String what, String id) {
        super(what + " '" + id + "' does not exist");
        this.what = what;
        this.id = id;
    }

    /** What does not exist, in both languages: 客户“C9”不存在 / customer 'C9' does not exist. */
    public Label reason() {
        return reason(what, id);
    }

    /** As {@link #reason()}, for an answer that is built without throwing. */
    public static Label reason(String what, String id) {
        return Label.of(CHINESE.getOrDefault(what, what) + "“" + id + "”不存在", what + " '" + id + "' does not exist");
    }

    @Override
    public String in(Language language) {
        return reason().in(language);
    }
}

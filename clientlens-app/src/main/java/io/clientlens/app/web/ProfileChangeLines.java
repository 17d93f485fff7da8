package io.clientlens.app.web;

import io.clientlens.app.customer.ChangedBy;
import io.clientlens.classify.Amounts;
import io.clientlens.code.Language;
import io.clientlens.customer.FactGroup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile change of the audit trail as people read it on the customer 360, in the page's language: one line per
 * field, "手机 138****8000 → 139****1234" / "Mobile 138****8000 → 139****1234", with the form's field labels, codes as
 * their labels and amounts grouped. The values are as recorded, already masked.
 */
@Component
class ProfileChangeLines {
    private static final Pattern ROW = Pattern.compile("^(.+?)\\[(\\d+)]\\.(.+)$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]*");

    private final MessageSource messages;

    ProfileChangeLines(MessageSource messages) {
        this.messages = messages;
    }

    /** How the change was made: the form, the API or an import of a named file. */
    String via(Map<String, Object> inputs, Language lang) {
        String via = String.valueOf(inputs.get("via"));
        Object source = inputs.get("source");
        String text = message("audit.via." + via, lang, via);
        return source == null ? text : text + " " + source;
    }

    @SuppressWarnings("unchecked")
    List<String> lines(Map<String, Object> inputs, Language lang) {
        List<String> lines = new ArrayList<>();
        Object changes = inputs.get("changes");
        if (changes instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> change = (Map<String, Object>) item;
                String field = String.valueOf(change.get("field"));
                lines.add(label(field, lang) + " " + value(field, change.get("before"), lang) + " → "
                        + value(field, change.get("after"), lang));
            }
        }
        return lines;
    }

    /** The form's label of a document path; a row's label starts with its group and number ("家庭成员 2 · 出生日期"). */
    String label(String field, Language lang) {
        if (field.startsWith("sources.")) {
            String[] parts = field.split("\\.");
            String group = parts.length > 1 ? groupLabel(parts[1], lang) : field;
            String what = parts.length > 2 && parts[2].equals("collectedOn") ? "audit.field.collectedOn" : "audit.field.source";
            return message(what, lang, what) + "（" + group + "）";
        }
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            String array = row.group(1);
            String rowLabel = message("pf.row." + array, lang, null);
            if (rowLabel == null) {
                rowLabel = groupLabel(array, lang);
            }
            String inner = row.group(3).replaceAll("\\[\\d+]", "");
            return rowLabel + " " + (Integer.parseInt(row.group(2)) + 1) + " · "
                    + message("pf.f." + array.replaceAll("\\[\\d+]", "") + "." + inner, lang, inner);
        }
        return message("pf.f." + field, lang, field);
    }

    private String value(String field, Object value, Language lang) {
        if (value == null) {
            return "—";
        }
        String text = String.valueOf(value);
        if (text.isEmpty()) {
            return message("audit.value.empty", lang, "");
        }
        if (field.startsWith("sources.") && field.endsWith(".source")) {
            return message("pf.source." + text, lang, text);
        }
        if (text.equals("true") || text.equals("false")) {
            return message(text.equals("true") ? "pf.yes" : "pf.no", lang, text);
        }
        if (CODE.matcher(text).matches()) {
            return message("pf.code." + text, lang, text);
        }
        if (NUMBER.matcher(text).matches() && !field.endsWith("Id") && !field.equals("customerId")) {
            BigDecimal number = new BigDecimal(text);
            return number.scale() <= 2 ? Amounts.plain(number) : number.toPlainString();
        }
        return text;
    }

    private String groupLabel(String key, Language lang) {
        return Arrays.stream(FactGroup.values()).filter(g -> g.key().equals(key)).findFirst()
                .map(g -> g.label().in(lang)).orElse(key);
    }

    private String message(String key, Language lang, String otherwise) {
        return messages.getMessage(key, null, otherwise, lang == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    /** The kinds of change the audit section names; kept here so that a new one is not forgotten in the messages. */
    static final List<String> VIA = List.of(ChangedBy.WEB_FORM, ChangedBy.API, ChangedBy.IMPORT, ChangedBy.COMMAND_LINE);
}

package io.clientlens.batch.profile;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.lang.reflect.RecordComponent;

/**
 * Turns Jackson's exceptions into {@link ProfileProblem}s a bank clerk can act on: the JSON path
 * in the document's own terms ({@code family[1].birthDate}) and what the field expects, instead of
 * Java class names and reference chains.
 */
final class JsonProblems {
    private JsonProblems() {
    }

    static ProfileProblem of(JacksonException e) {
        String path = JsonPaths.of(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(path, fieldsOf(unknown));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            return notValid(path, String.valueOf(format.getValue()), Expected.forType(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return wrongType(path, Expected.forType(mismatch.getTargetType()));
        }
        if (e instanceof ValueInstantiationException instantiation) {
            String why = instantiation.getCause() == null ? e.getOriginalMessage() : instantiation.getCause().getMessage();
            return new ProfileProblem(path, "值无效：" + why, "not valid: " + why);
        }
        if (e instanceof StreamReadException syntax) {
            return malformed(syntax.getLocation(), syntax.getOriginalMessage());
        }
        return new ProfileProblem(path, "无法读取：" + e.getOriginalMessage(), "cannot read: " + e.getOriginalMessage());
    }

    static ProfileProblem unknownField(String path, List<String> expected) {
        String list = String.join(", ", expected);
        return new ProfileProblem(path, "未知字段；应为以下之一：" + list, "unknown field; expected one of " + list);
    }

    static ProfileProblem notValid(String path, String value, Expected expected) {
        return new ProfileProblem(path, "值 \"" + value + "\" 无效；应为" + expected.zh(),
                "not valid: \"" + value + "\"; expected " + expected.en());
    }

    static ProfileProblem wrongType(String path, Expected expected) {
        return new ProfileProblem(path, "类型错误；应为" + expected.zh(), "wrong type; expected " + expected.en());
    }

    private static ProfileProblem malformed(TokenStreamLocation at, String why) {
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String zhWhere = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）";
        return new ProfileProblem("", "JSON 格式错误" + zhWhere + "：" + inChinese(why), "malformed JSON" + where + ": " + why);
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']*)'");

    /** The parser's reason in Chinese: the parser only words it in English. */
    static String inChinese(String why) {
        String reason = why == null ? "" : why;
        java.util.regex.Matcher quoted = QUOTED.matcher(reason);
        String what = quoted.find() ? quoted.group(1) : null;
        if (reason.startsWith("Unexpected end-of-input")) {
            return "内容意外结束（缺少右括号、引号或值）";
        }
        if (reason.startsWith("Unexpected character") && what != null) {
            return "此处不应出现字符“" + what + "”（请检查括号、引号和逗号）";
        }
        if (reason.startsWith("Unrecognized token") && what != null) {
            return "无法识别“" + what + "”（文字须加双引号，是/否写作 true/false）";
        }
        return "不符合 JSON 语法（请检查括号、引号和逗号）";
    }


    /** Record fields in declaration order, the order the schema and the writer use. */
    private static List<String> fieldsOf(UnrecognizedPropertyException unknown) {
        Class<?> owner = unknown.getReferringClass();
        if (owner != null && owner.isRecord()) {
            return Arrays.stream(owner.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return unknown.getKnownPropertyIds() == null ? List.of()
                : unknown.getKnownPropertyIds().stream().map(Objects::toString).sorted().toList();
    }
}

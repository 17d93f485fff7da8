package io.clientlens.app.cli;

import io.clientlens.app.refusal.ExpectedValue;
import io.clientlens.code.Label;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command line that does not parse, said in Chinese: what is wrong, then the command's help, as picocli does in
 * English. picocli's own messages exist in English only; the mistakes people make most (an unknown option or command,
 * a required option left out, a value of the wrong kind, an option given twice) are said here, any other in picocli's
 * English.
 */
final class ChineseParameterErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(said(e)));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println("您是不是要输入：" + joined(unmatched.getSuggestions().stream()
                    .map(s -> unmatched.isUnknownOption() ? s : command.getCommandSpec().qualifiedName() + " " + s)
                    .toList(), "或") + "？");
        } else {
            command.usage(err, command.getColorScheme());
        }
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String said(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            String what = quoted(unmatched.getUnmatched());
            return unmatched.isUnknownOption() ? "未知选项：" + what : "无法识别的参数：" + what;
        }
        if (e instanceof MissingParameterException missing) {
            List<ArgSpec> args = missing.getMissing();
            if (args.size() == 1 && args.get(0).isOption() && String.valueOf(e.getMessage()).startsWith("Missing required parameter for")) {
                // the option is there, its value is not: "--format" at the end of the line
                return "选项 '" + name(args.get(0)) + "' 缺少取值（" + args.get(0).paramLabel() + "）";
            }
            long options = args.stream().filter(ArgSpec::isOption).count();
            String what = options == args.size() ? "缺少必填选项：" : options == 0 ? "缺少必填参数：" : "缺少必填的选项和参数：";
            return what + joined(args.stream().map(ChineseParameterErrors::synopsis).map(s -> "'" + s + "'").toList(), "和");
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return "选项 '" + name(overwritten.getOverwritten()) + "' 只能指定一次";
        }
        if (e.getCause() instanceof TypeConversionException && e.getArgSpec() != null && e.getValue() != null) {
            return (e.getArgSpec().isOption() ? "选项 '" : "参数 '") + name(e.getArgSpec()) + "' 的值无效：'" + e.getValue()
                    + "'（应为" + expected(e.getArgSpec()).zh() + "）";
        }
        return e.getMessage();
    }

    /** A value of the wrong kind said in English as {@link #said} says it in Chinese; null for any other mistake. */
    static String wrongValueInEnglish(ParameterException e) {
        if (!(e.getCause() instanceof TypeConversionException) || e.getArgSpec() == null || e.getValue() == null) {
            return null;
        }
        return "Invalid value for " + (e.getArgSpec().isOption() ? "option '" : "parameter '") + name(e.getArgSpec()) + "': '"
                + e.getValue() + "' (expected " + expected(e.getArgSpec()).en() + ")";
    }

    /** What a value of the argument's type looks like, in words: as the API says it, a path or the option's own form. */
    private static Label expected(ArgSpec arg) {
        Class<?> type = arg.type();
        if (ExpectedValue.isScalar(type)) {
            return ExpectedValue.of(type);
        }
        if (type == Path.class) {
            return Label.of("文件或目录路径", "a file or folder path");
        }
        return Label.of(" " + arg.paramLabel() + " 形式的值", "a value of the form " + arg.paramLabel());
    }

    private static String synopsis(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining("、"));
    }

    /** "a", "a和b", "a、b和c": the last two joined by {@code and}. */
    private static String joined(List<String> parts, String and) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join("、", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }
}

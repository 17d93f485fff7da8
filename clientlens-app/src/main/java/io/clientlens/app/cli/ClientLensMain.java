package io.clientlens.app.cli;

import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;
import picocli.CommandLine;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** Entry point of {@code bin/clientlens}. */
public final class ClientLensMain {
    static final String HELP = "io.clientlens.app.cli.help";

    private ClientLensMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs one command line with the given output and error writers; returns the exit status. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        String asked = languageAskedFor(args);
        Language language;
        try {
            language = Language.parse(asked);
        } catch (IllegalArgumentException unsupported) {
            // before any command line exists, so in both languages: the one asked for is neither
            err.println("clientlens: 选项 '--lang' 的值无效：'" + asked + "'（应为 zh 或 en）"
                    + " / invalid value for option '--lang': '" + asked + "' (expected zh or en)");
            err.flush();
            return 2;
        }
        CommandLine cli = commandLine(language);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // One line a person can act on; the stack trace only with CLIENTLENS_DEBUG set.
            commandLine.getErr().println(commandLine.getColorScheme().errorText("clientlens: " + said(e, commandLine)));
            if (System.getenv("CLIENTLENS_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        try {
            return cli.execute(args);
        } finally {
            // the writers flush on println only: output ending without a newline (policy show) would be lost at exit
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line with its help and its parse errors in {@code language}: the English is in the commands'
     * annotations and picocli, the Chinese in help_zh.properties beside this class and {@link ChineseParameterErrors}.
     */
    static CommandLine commandLine(Language language) {
        CommandLine cli = new CommandLine(new ClientLensCommand());
        if (language == Language.ZH) {
            // No fallback: the bundle is Chinese whatever the machine's default locale is.
            cli.setResourceBundle(ResourceBundle.getBundle(HELP, Locale.CHINESE,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            cli.setParameterExceptionHandler(new ChineseParameterErrors());
        } else {
            // picocli's English, except for a value of the wrong kind: said as the Chinese is, without Java's class names
            CommandLine.IParameterExceptionHandler picocli = cli.getParameterExceptionHandler();
            cli.setParameterExceptionHandler((e, arguments) -> {
                String wrongValue = ChineseParameterErrors.wrongValueInEnglish(e);
                if (wrongValue == null) {
                    return picocli.handleParseException(e, arguments);
                }
                CommandLine command = e.getCommandLine();
                command.getErr().println(command.getColorScheme().errorText(wrongValue));
                command.usage(command.getErr(), command.getColorScheme());
                return command.getCommandSpec().exitCodeOnInvalidInput();
            });
        }
        return cli;
    }

    /**
     * The value of the last {@code --lang} on the line, or null: read before parsing, because the help is chosen when the
     * command line is built, and {@code --help} may come before {@code --lang}.
     */
    static String languageAskedFor(String... args) {
        String asked = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                asked = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                asked = args[i].substring("--lang=".length());
            }
        }
        return asked;
    }

    /**
     * What is wrong with a file (a policy file with each of its problems), or which of the database server's resources
     * ran out, in the chosen language; any other failure as {@link #oneLine}, unless that would show SQL or Java class
     * names (docs/SECURITY.md, "Messages"): then a plain sentence and where to find the details.
     */
    static String said(Throwable e, CommandLine commandLine) {
        boolean english = commandLine.getCommandSpec().root().userObject() instanceof ClientLensCommand root
                && root.language() == io.clientlens.code.Language.EN;
        java.util.Locale locale = english ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
        Language language = english ? Language.EN : Language.ZH;
        // a file of the wrong kind (not UTF-8, not a workbook) is said so before what could not be read
        var explained = io.clientlens.app.admin.JobFailure.explained(e);
        if (explained.isPresent()) {
            return io.clientlens.app.admin.JobFailure.inLanguage(explained.get(), locale);
        }
        var inWords = inLanguage(e, language)
                .filter(text -> !io.clientlens.app.admin.JobFailure.internal(text)); // a file's reader may quote SQL
        if (inWords.isPresent()) {
            return inWords.get();
        }
        String line = oneLine(e);
        if (io.clientlens.app.admin.JobFailure.internal(line)) {
            return english ? "the command stopped because of an unexpected error; nothing was stored by it. Run it again with "
                    + "CLIENTLENS_DEBUG=1 set to see the details"
                    : "命令因意外错误停止，未写入任何数据。设置 CLIENTLENS_DEBUG=1 后重新运行可看到详细信息";
        }
        return bilingual(line) ? io.clientlens.app.admin.JobFailure.inLanguage(line, locale) : line;
    }

    /**
     * "English / 中文" (either order): one " / " with Chinese on exactly one side, so each side is the whole message in
     * one language. A list of problems each in both languages has more than one, and is shown as it is.
     */
    static boolean bilingual(String line) {
        int cut = line.indexOf(" / ");
        return cut > 0 && cut == line.lastIndexOf(" / ")
                && hasChinese(line.substring(0, cut)) != hasChinese(line.substring(cut + 3));
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * What a refused input says of itself in {@code language}: a rejected option or file, a thing named that does not
     * exist, a segment rules, policy or watch-list file with each of its problems, a policy file that cannot be read.
     * The outermost such failure speaks; a command that reads the policy at start-up gets it wrapped by Spring, and the
     * problems are the same.
     */
    static Optional<String> inLanguage(Throwable e, Language language) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SaysItself refusal) {
                return Optional.of(refusal.in(language).replace('\n', ' '));
            }
        }
        return Optional.empty();
    }

    static String oneLine(Throwable e) {
        Throwable cause = e;
        // Spring's start-up failures wrap the real problem in layers of bean names: report the innermost.
        boolean springStartup = e instanceof org.springframework.beans.BeansException
                || e instanceof org.springframework.context.ApplicationContextException;
        while (cause.getCause() != null && (springStartup || cause.getMessage() == null
                || cause instanceof java.lang.reflect.InvocationTargetException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replace('\n', ' ');
    }
}

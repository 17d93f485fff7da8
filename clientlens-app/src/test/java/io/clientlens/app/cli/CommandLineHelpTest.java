package io.clientlens.app.cli;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's help and its parse errors are Chinese unless --lang en is given, for every command and option, and
 * English with it.
 */
class CommandLineHelpTest {
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Test
    void everyCommandOptionAndParameterHasItsHelpInChinese() {
        List<String> untranslated = new ArrayList<>();
        for (CommandLine command : commands(ClientLensMain.commandLine(Language.ZH))) {
            CommandSpec spec = command.getCommandSpec();
            String name = spec.qualifiedName(" ");
            if (!chinese(spec.usageMessage().description())) {
                untranslated.add(name + ": " + String.join(" ", spec.usageMessage().description()));
            }
            for (ArgSpec arg : spec.args()) {
                if (!arg.hidden() && !chinese(arg.description())) {
                    untranslated.add(name + " " + label(arg) + ": " + String.join(" ", arg.description()));
                }
            }
        }
        assertThat(untranslated).as("help texts without their Chinese in help_zh.properties").isEmpty();
    }

    @Test
    void theEnglishHelpHoldsNoChineseLinesBesideTheProductName() {
        List<String> chinese = new ArrayList<>();
        for (CommandLine command : commands(ClientLensMain.commandLine(Language.EN))) {
            CommandSpec spec = command.getCommandSpec();
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            spec.args().forEach(arg -> texts.addAll(List.of(arg.description())));
            texts.stream().filter(t -> CHINESE.matcher(t).find() && !t.startsWith("ClientLens 客户分类与需求分析系统")
                            && !t.contains("100万"))
                    .forEach(t -> chinese.add(spec.qualifiedName(" ") + ": " + t));
        }
        assertThat(chinese).isEmpty();
    }

    @Test
    void everyCommandsFirstHelpLineIsAWholeSentenceInBothLanguages() {
        // the command lists show the first line alone
        List<String> fragments = new ArrayList<>();
        for (Language language : Language.values()) {
            for (CommandLine command : commands(ClientLensMain.commandLine(language))) {
                String[] description = command.getCommandSpec().usageMessage().description();
                String first = description.length == 0 ? "" : description[0];
                if (!first.matches("(?s).*[.。)）]$")) {
                    fragments.add(language + " " + command.getCommandSpec().qualifiedName(" ") + ": " + first);
                }
            }
        }
        assertThat(fragments).isEmpty();
    }

    @Test
    void everyKeyOfTheChineseHelpNamesACommandOrOptionThatExists() {
        Set<String> known = new TreeSet<>(List.of("usage.synopsisHeading", "usage.commandListHeading",
                "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version", "home", "policy", "lang"));
        for (CommandLine command : commands(ClientLensMain.commandLine(Language.EN))) {
            CommandSpec spec = command.getCommandSpec();
            String prefix = spec.qualifiedName(".") + ".";
            known.add(prefix + "usage.description");
            for (OptionSpec option : spec.options()) {
                known.add(prefix + (option.descriptionKey().isEmpty()
                        ? option.longestName().replaceFirst("^-+", "") : option.descriptionKey()));
            }
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                known.add(prefix + parameter.paramLabel() + "[" + parameter.index() + "]");
            }
        }
        ResourceBundle bundle = ResourceBundle.getBundle(ClientLensMain.HELP, Locale.CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> stale = Collections.list(bundle.getKeys()).stream()
                .map(key -> key.replaceFirst("\\.\\d+$", ""))
                .filter(key -> !known.contains(key))
                .sorted().toList();
        assertThat(stale).as("keys of help_zh.properties for no command or option").isEmpty();
    }

    @Test
    void helpIsChineseByDefaultAndEnglishWithLangEnWhereverItStands() {
        String zh = help("segment", "--help");
        assertThat(zh).startsWith("用法：clientlens segment").contains("分群时必填：通用布局目录")
                .contains("显示本帮助信息并退出。").contains("命令：").doesNotContain("Required to segment");

        for (String[] english : List.of(new String[] {"--lang", "en", "segment", "--help"},
                new String[] {"segment", "--help", "--lang=en"})) {
            String en = help(english);
            assertThat(en).startsWith("Usage: clientlens segment").contains("Required to segment: generic layout")
                    .contains("Show this help message and exit.");
            assertThat(CHINESE.matcher(en).find()).as(en).isFalse();
        }
    }

    @Test
    void theLanguageIsReadFromTheLastLangBeforeTheEndOfOptions() {
        assertThat(ClientLensMain.languageAskedFor("segment", "--help")).isNull();
        assertThat(ClientLensMain.languageAskedFor("--lang", "en", "segment")).isEqualTo("en");
        assertThat(ClientLensMain.languageAskedFor("--lang=en", "segment", "--lang", "zh")).isEqualTo("zh");
        assertThat(ClientLensMain.languageAskedFor("show", "--", "--lang=en")).isNull();
    }

    @Test
    void aCommandLineThatDoesNotParseIsSaidInChineseWithTheCommandsHelp() {
        Outcome unknown = run("segment", "--nosuch");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("未知选项：'--nosuch'").contains("用法：clientlens segment");

        assertThat(run("campaign", "create").err())
                .startsWith("缺少必填选项：'--name=<name>'、'--kind=<kind>'、'--from=DATE'和'--to=DATE'");
        assertThat(run("needs", "move", "C1").err())
                .startsWith("缺少必填的选项和参数：'--user=<user>'、'--role=<role>'、'NEED_ID'和'STATUS'");
        assertThat(run("policy", "check").err()).startsWith("缺少必填参数：'FILE'");
        assertThat(run("segment", "export", "--run", "r", "--out", "o", "--format").err())
                .startsWith("选项 '--format' 缺少取值（csv|xlsx）");
        assertThat(run("audit", "list", "--limit", "abc").err()).startsWith("选项 '--limit' 的值无效：'abc'（应为整数）");
        assertThat(run("audit", "list", "--limit", "1", "--limit", "2").err()).startsWith("选项 '--limit' 只能指定一次");
        assertThat(run("service-request", "list", "--state", "NOPE").err())
                .startsWith("选项 '--state' 的值无效：'NOPE'（应为以下之一：NEW、");

        Outcome typo = run("sgment");
        assertThat(typo.err()).startsWith("无法识别的参数：'sgment'").contains("您是不是要输入：clientlens segment");
    }

    @Test
    void withLangEnTheParseErrorsArePicocliEnglish() {
        Outcome unknown = run("--lang", "en", "segment", "--nosuch");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("Unknown option: '--nosuch'").contains("Usage: clientlens segment");
        assertThat(CHINESE.matcher(unknown.err()).find()).isFalse();
        // a value of the wrong kind without Java's class names
        Outcome date = run("--lang", "en", "classify", "--as-of", "tomorrow");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).startsWith("Invalid value for option '--as-of': 'tomorrow' (expected a value of the form YYYY-MM-DD)")
                .doesNotContain("java.").contains("Usage: clientlens classify");
        assertThat(run("--lang", "en", "audit", "list", "--limit", "abc").err())
                .startsWith("Invalid value for option '--limit': 'abc' (expected a whole number)");
    }

    @Test
    void anUnsupportedLanguageIsOneLineInBothLanguagesNotAStackTrace() {
        Outcome xx = run("--lang", "xx", "show", "C1");
        assertThat(xx.status()).isEqualTo(2);
        assertThat(xx.err().strip()).isEqualTo("clientlens: 选项 '--lang' 的值无效：'xx'（应为 zh 或 en） / invalid value for option "
                + "'--lang': 'xx' (expected zh or en)");
    }

    private record Outcome(int status, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter err = new StringWriter();
        int status = ClientLensMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return new Outcome(status, err.toString());
    }

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        int status = ClientLensMain.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
        assertThat(status).isZero();
        return out.toString();
    }

    private static boolean chinese(String[] lines) {
        return lines.length > 0 && List.of(lines).stream().allMatch(line -> CHINESE.matcher(line).find());
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The command and all its subcommands, each once (aliases name the same command). */
    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(root, all, seen);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all, Set<CommandLine> seen) {
        if (seen.add(command)) {
            all.add(command);
            command.getSubcommands().values().forEach(sub -> collect(sub, all, seen));
        }
    }
}

package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.config.Settings;
import io.clientlens.code.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.Map;

@Command(name = "clientlens", mixinStandardHelpOptions = true, version = "ClientLens 0.1.0",
        description = {"ClientLens 客户分类与需求分析系统 — customer classification and needs analysis for retail banks.",
                "Data lives in the home folder (default ~/.clientlens) on an embedded PostgreSQL unless CLIENTLENS_DB_URL names a server."},
        subcommands = {DemoCommand.class, ServeCommand.class, ImportCommand.class, ProfileCommand.class,
                GenerateCommand.class, ClassifyCommand.class, RunsCommand.class, ShowCommand.class, ExportCommand.class, PolicyCommand.class,
                QuestionnaireCommand.class, AssessCommand.class, ProductCommand.class, SuitabilityCommand.class,
                DisclosureCommand.class, AuditCommand.class,
                SegmentCommand.class, BenchCommand.class,
                NeedsCommand.class, UserCommand.class,
                TasksCommand.class, ServiceRequestCommand.class, CampaignCommand.class, AmlCommand.class,
                WatchlistCommand.class})
public class ClientLensCommand {

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "ClientLens home folder (default: $CLIENTLENS_HOME or ~/.clientlens)")
    Path home;

    @Option(names = "--policy", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Policy YAML replacing the shipped default policy")
    Path policy;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of output: zh (default) or en")
    String lang;

    Settings settings() {
        return Settings.resolve(home, policy, System.getenv());
    }

    Language language() {
        return Language.parse(lang);
    }

    Launcher start(Integer webPort) {
        return Launcher.start(settings(), webPort, Map.of());
    }
}

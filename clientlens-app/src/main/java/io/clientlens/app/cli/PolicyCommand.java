package io.clientlens.app.cli;

import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "policy", mixinStandardHelpOptions = true, description = "Show or check a policy.",
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Check.class})
class PolicyCommand {

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the policy in force (the --policy file or the shipped default).")
    static class Show extends RootAware implements Callable<Integer> {
        @Override
        public Integer call() {
            Path file = root().policy;
            out().print(file == null ? PolicyYaml.defaultText() : PolicyYaml.text(file));
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a policy file; every problem is reported with its key.")
    static class Check extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Policy YAML file to check")
        Path file;

        @Override
        public Integer call() {
            Policy policy = PolicyYaml.load(file);
            out().println(say().t("政策有效：版本 ", "Policy is valid: version ") + policy.version());
            return 0;
        }
    }
}

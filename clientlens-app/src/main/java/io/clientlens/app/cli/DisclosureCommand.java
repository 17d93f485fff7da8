package io.clientlens.app.cli;

import io.clientlens.suitability.RiskDisclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "disclosure", mixinStandardHelpOptions = true, description = "Risk disclosure.",
        subcommands = {DisclosureCommand.Verify.class})
class DisclosureCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Compare a copied-out confirmation sentence; exit 1 and the first difference when it differs.")
    static class Verify extends RootAware implements Callable<Integer> {
        @Option(names = "--text", required = true, description = "The sentence as the customer copied it")
        String text;

        @Override
        public Integer call() {
            if (RiskDisclosure.verify(text) instanceof RiskDisclosure.CopyOut.Differs d) {
                err().println("clientlens: " + d.explain().in(root().language()));
                return 1;
            }
            out().println(say().t("抄写一致", "The copy matches"));
            return 0;
        }
    }
}

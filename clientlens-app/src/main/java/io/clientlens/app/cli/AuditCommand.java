package io.clientlens.app.cli;

import io.clientlens.batch.json.Json;
import io.clientlens.app.audit.AuditKinds;
import io.clientlens.app.audit.AuditOutcomes;
import io.clientlens.app.audit.AuditRecord;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.config.Launcher;
import io.clientlens.code.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail (append-only).",
        subcommands = {AuditCommand.List.class})
class AuditCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit records, oldest first.")
    static class List extends RootAware implements Callable<Integer> {
        @Option(names = "--customer", paramLabel = "ID", description = "Only the records about this customer")
        String customer;

        @Option(names = "--format", defaultValue = "text", description = "text or jsonl")
        String format;

        @Option(names = "--limit", defaultValue = "10000", description = "At most this many records (default 10000)")
        int limit;

        @Override
        public Integer call() {
            try (Launcher app = root().start(null)) {
                for (AuditRecord r : app.bean(AuditTrail.class).list(customer, limit)) {
                    if ("jsonl".equals(format)) {
                        out().println(Json.write(r));
                    } else {
                        out().println(line(r, say()));
                    }
                }
            }
            return 0;
        }

        /**
         * One record as a line: the kind by its name in the user's language (the code beside it in Chinese, as the
         * pages show it), the outcome by its name when it is a usual one.
         */
        static String line(AuditRecord r, Say say) {
            Label kind = AuditKinds.label(r.kind());
            String kindText = say.t(AuditKinds.known(r.kind()) ? kind.zh() + "（" + r.kind() + "）" : r.kind(), kind.en());
            String outcome = AuditOutcomes.label(r.outcome()).map(l -> say.t(l.zh(), l.en())).orElse(r.outcome());
            return String.format("%-6s %-19s ", r.recordId(), r.at()) + Summaries.padded(kindText, 30)
                    + String.format("%-14s %-15s %-10s %s", r.actor() + "/" + r.role(), r.subject(),
                    r.customerId() == null ? "-" : r.customerId(), outcome);
        }
    }
}

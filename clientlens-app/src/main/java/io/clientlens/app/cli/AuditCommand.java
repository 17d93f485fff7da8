package io.clientlens.app.cli;

import io.clientlens.batch.json.Json;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.config.Launcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
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
                for (io.clientlens.app.audit.AuditRecord r : app.bean(AuditTrail.class).list(customer, limit)) {
                    if ("jsonl".equals(format)) {
                        out().println(Json.write(r));
                    } else {
                        out().printf("%-6s %-19s %-22s %-14s %-15s %-10s %s%n", r.recordId(), r.at(), r.kind(),
                                r.actor() + "/" + r.role(), r.subject(), r.customerId() == null ? "-" : r.customerId(), r.outcome());
                    }
                }
            }
            return 0;
        }
    }
}

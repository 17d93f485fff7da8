package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.customer.ChangedBy;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.MaskedProfile;
import io.clientlens.app.importing.Imports;
import io.clientlens.batch.profile.ProfileFiles;
import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.customer.Profile;
import io.clientlens.identity.ProfileIdentityCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Import or export KYC profile documents (docs/profile.schema.json).",
        subcommands = {ProfileCommand.Import.class, ProfileCommand.Export.class})
class ProfileCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import profiles from .json (one document or an array), .jsonl, .csv or .xlsx.")
    static class Import extends ImportProfiles {
    }

    /** What {@code profile import} and {@code import customers} share: they are the same action under two names. */
    abstract static class ImportProfiles extends RootAware implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Profile file: .json, .jsonl, .csv or .xlsx")
        Path file;

        @Option(names = "--strict", description = "Import nothing when any record has a problem")
        boolean strict;

        @Override
        public Integer call() {
            return importProfiles(this, file, strict);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print (or write with --out) one customer's profile document; identity data masked unless --unmasked.")
    static class Export extends RootAware implements Callable<Integer> {
        private static final tools.jackson.databind.ObjectWriter PRETTY = tools.jackson.databind.json.JsonMapper.builder().build()
                .writerWithDefaultPrettyPrinter();

        @Parameters(paramLabel = "ID", description = "Customer id")
        String customerId;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the document to this file instead of printing it")
        Path out;

        @Option(names = "--unmasked", description = "Write ID numbers, phones and names in clear (for re-import into another system); "
                + "recorded in the audit trail (PROFILE_EXPORT: the operating-system user, the customer, where it was written)")
        boolean unmasked;

        @Override
        public Integer call() throws IOException {
            try (Launcher app = root().start(null)) {
                Profile profile = app.bean(Customers.class).profile(customerId).orElseThrow(() ->
                        new IllegalArgumentException(say().t("没有客户 ", "No customer ") + customerId));
                if (unmasked) {
                    // recorded before anything is shown in clear: an export the trail cannot hold is not made
                    auditUnmasked(app.bean(io.clientlens.app.audit.AuditTrail.class));
                    err().println(say().t("注意：导出未脱敏的身份信息，此次导出记入审计。",
                            "Note: identity data exported in clear; this export is audited."));
                }
                String json = unmasked ? ProfileJson.write(profile) : PRETTY.writeValueAsString(MaskedProfile.document(profile, false));
                if (out == null) {
                    out().println(json);
                } else {
                    Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
                    out().println(say().t("已写入 ", "Written to ") + out);
                }
            }
            return 0;
        }

        private void auditUnmasked(io.clientlens.app.audit.AuditTrail audit) {
            String user = System.getProperty("user.name");
            java.util.Map<String, Object> inputs = new java.util.LinkedHashMap<>();
            inputs.put("masked", false);
            inputs.put("to", out == null ? "stdout" : io.clientlens.identity.Masking.identityNumbersIn(String.valueOf(out.getFileName())));
            audit.appendAccess("PROFILE_EXPORT", java.time.LocalDateTime.now(), user == null || user.isBlank() ? "operator" : user,
                    io.clientlens.app.customer.ChangedBy.OPERATOR, customerId, Customers.profileSubject(customerId), inputs);
        }
    }

    /**
     * Reads the file, checks each profile's identity numbers (a bad one is reported at its line)
     * and stores the good ones in one transaction.
     */
    static int importProfiles(RootAware command, Path file, boolean strict) {
        ImportFile.required(command.say(), file);
        try (Launcher app = command.root().start(null)) {
            java.math.BigDecimal maxAmount = app.bean(io.clientlens.policy.Policy.class).validation().maxAmount();
            io.clientlens.app.customer.ProfileFileRows rows = new io.clientlens.app.customer.ProfileFileRows(file.toString(), maxAmount);
            Imports.Result result = app.bean(Imports.class).load(sink -> ProfileFiles.readLocated(file, (profile, line) -> {
                List<io.clientlens.importing.ImportIssue> problems = rows.issues(line, profile);
                if (problems.isEmpty()) {
                    sink.customer(ProfileIdentityCheck.withDerivedIdentity(profile));
                } else {
                    problems.forEach(sink::issue);
                }
            }, sink::issue), strict, ChangedBy.localOperator(ChangedBy.IMPORT, file));
            Summaries.printImport(command.out(), command.say(), result);
            return Summaries.importStatus(result);
        }
    }
}

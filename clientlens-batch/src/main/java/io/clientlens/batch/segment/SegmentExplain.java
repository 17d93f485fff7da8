package io.clientlens.batch.segment;

import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.batch.rules.SegmentRules;
import io.clientlens.batch.rules.SegmentVariables;
import io.clientlens.classify.Classification;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.code.Dimension;
import io.clientlens.code.InputRejected;
import io.clientlens.policy.Policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One customer's document of a segment run, rendered on demand (docs/SEGMENTS.md, "Explanations
 * on demand"): the run keeps per customer the codes, the id of each fired rule and the inputs of
 * the classifiers; the labels and the zh/en reasons are rendered from them with the run's policy
 * version, the same rules and the same writer as the JSON Lines output, so the document is
 * byte for byte the line the run would have written with {@code --output parquet,jsonl}.
 */
public final class SegmentExplain {
    private SegmentExplain() {
    }

    /**
     * The JSON Lines document of {@code customerId} in {@code run}.
     *
     * @param policy the policy of the run's version (the default one, or the file given with --policy)
     * @param rules  the custom segment rules of the run's version ({@link SegmentRules#NONE} when it had none)
     * @throws IllegalArgumentException when the customer is not in the run, the policy or rules
     *                                  version differs from the run's, or the run predates explanations
     */
    public static String document(SegmentRun run, Policy policy, SegmentRules rules, String customerId) {
        if (!policy.version().equals(run.policyVersion())) {
            throw new InputRejected("运行 " + run.id() + " 使用的政策版本为 " + run.policyVersion() + "，当前为版本 "
                    + policy.version() + "：请用 --policy 给出该版本的政策文件",
                    "run " + run.id() + " used policy version " + run.policyVersion()
                    + ", this is version " + policy.version() + ": give the policy file of that version with --policy");
        }
        SegmentRules given = rules == null ? SegmentRules.NONE : rules;
        if (!given.version().equals(run.rulesVersion())) {
            throw new InputRejected("运行 " + run.id() + " 使用的客群规则版本为 " + run.rulesVersion() + "，当前为版本 "
                    + given.version() + "：请用 --rules 给出该版本的规则文件",
                    "run " + run.id() + " used segment rules version " + run.rulesVersion()
                    + ", this is version " + given.version() + ": give the rules file of that version with --rules");
        }
        Path out = Path.of(run.out());
        Path inputs = out.resolve(SegmentRunner.INPUTS);
        Path context = out.resolve(SegmentRunner.CONTEXT);
        if (!Files.exists(inputs) || !Files.exists(context)) {
            throw new InputRejected("运行 " + run.id() + " 没有保存用于解释的输入（缺少 " + inputs.getFileName()
                    + "）：它由较早的版本生成，请重新运行 segment",
                    "run " + run.id() + " kept no inputs for explanations (" + inputs
                    + " is missing): it was made by an earlier version; run segment again");
        }
        RunContext ctx = RunContext.read(context);
        ClassificationEngine engine = new ClassificationEngine(policy.withCurrency(ctx.currency()));
        CompiledSegments segments = CompiledSegments.compile(given, "rules");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            FeatureRow row;
            io.clientlens.customer.Profile profile;
            io.clientlens.aml.ComplianceFlags.Flags flags;
            try (PreparedStatement ps = db.prepareStatement("select " + RunContext.inputsColumns() + " from read_parquet("
                    + SegmentInput.literal(inputs) + ") where customer_id = ?")) {
                ps.setString(1, customerId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new InputRejected("客户 " + customerId + " 不在运行 " + run.id() + " 中",
                                "customer " + customerId + " is not in run " + run.id());
                    }
                    row = FeatureRow.read(rs);
                    profile = ProfileTable.read(rs, RunContext.profileColumn());
                    flags = new io.clientlens.aml.ComplianceFlags.Flags(rs.getBoolean(RunContext.flagsColumn()),
                            rs.getBoolean(RunContext.flagsColumn() + 1));
                }
            }
            Classification c = engine.classify(row.withProfile(profile, id -> flags), LocalDate.parse(run.asOf()), ctx.statistics());
            List<SegmentRule> in = segments.isEmpty() ? List.of()
                    : segments.matching(SegmentVariables.of(c));
            checkAgainstStored(db, run, c, in);
            return ClassificationDocument.json(c, g -> SegmentRunner.writeSegments(g, in));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read run " + run.id() + ": " + e.getMessage(), e);
        }
    }

    /** The rendered codes, fired rules and segments must be those the run stored; anything else means changed files. */
    private static void checkAgainstStored(Connection db, SegmentRun run, Classification c, List<SegmentRule> in)
            throws SQLException {
        StringBuilder columns = new StringBuilder("segments");
        for (Dimension d : Dimension.values()) {
            columns.append(", \"").append(d.code()).append("\", \"").append(ResultColumns.ruleColumn(d)).append('"');
        }
        try (PreparedStatement ps = db.prepareStatement("select " + columns + " from read_parquet("
                + SegmentInput.literal(run.results()) + ") where \"customerId\" = ?")) {
            ps.setString(1, c.customerId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new InputRejected("客户 " + c.customerId() + " 不在 " + run.results() + " 中",
                            "customer " + c.customerId() + " is not in " + run.results());
                }
                List<String> stored = new ArrayList<>(Arrays.stream((Object[]) rs.getArray(1).getArray()).map(String::valueOf).toList());
                List<String> mismatches = new ArrayList<>();
                if (!stored.equals(in.stream().map(SegmentRule::name).toList())) {
                    mismatches.add("segments");
                }
                int col = 2;
                for (Dimension d : Dimension.values()) {
                    String code = rs.getString(col++);
                    String rule = rs.getString(col++);
                    if (!c.code(d).equals(code) || !java.util.Objects.equals(ResultColumns.rule(c, d), rule)) {
                        mismatches.add(d.code());
                    }
                }
                if (!mismatches.isEmpty()) {
                    throw new IllegalStateException("run " + run.id() + ", customer " + c.customerId() + ": the kept inputs "
                            + "no longer give the stored result for " + mismatches + "; the run's files were changed");
                }
            }
        }
    }
}

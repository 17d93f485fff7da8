package io.clientlens.batch.segment;

import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.batch.contribution.ContributionCsv;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.code.InputRejected;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The input directory of a segment run, in the generic layout ({@code docs/generic-layout.md}):
 * customers.jsonl, accounts.csv, links.csv and transactions.csv or transactions.parquet, with
 * loans.csv, cards.csv, holdings.csv, assessments.csv, needs.csv and contributions.csv when present. A Berka directory (client.asc, disp.asc,
 * trans.asc…) is first converted to the generic layout with the same reader the database import
 * uses, so both paths see the same records.
 */
public final class SegmentInput {
    static final String ACCOUNTS = "accounts.csv";
    public static final String CUSTOMERS = "customers.jsonl";
    static final String ASSESSMENTS = "assessments.csv";
    static final String NEEDS = "needs.csv";
    private static final String AML_COLUMNS = ", channel VARCHAR, crossBorder BOOLEAN";
    /** The bank's own profit figures (customerId,contribution), as {@code import contributions} reads them. */
    public static final String CONTRIBUTIONS = "contributions.csv";

    private final Path directory;
    private final Path original;
    private final boolean berka;

    private SegmentInput(Path directory, Path original, boolean berka) {
        this.directory = directory;
        this.original = original;
        this.berka = berka;
    }

    /** Detects the layout of {@code dir}; a Berka directory is converted into {@code work}. */
    public static SegmentInput open(Path dir, Path work) {
        if (!Files.isDirectory(dir)) {
            throw new InputRejected("--input " + dir + "：不是目录", "--input " + dir + ": not a directory");
        }
        if (Files.exists(dir.resolve(CUSTOMERS)) || Files.exists(dir.resolve(PreparedProfiles.FILE))) {
            for (String required : List.of(ACCOUNTS, "links.csv")) {
                if (!Files.exists(dir.resolve(required))) {
                    throw new InputRejected(dir.resolve(required) + " 缺失（通用格式，见 docs/generic-layout.md）",
                            dir.resolve(required) + " is missing (generic layout, docs/generic-layout.md)");
                }
            }
            if (!Files.exists(dir.resolve("transactions.csv")) && !Files.exists(dir.resolve("transactions.parquet"))) {
                throw new InputRejected(dir + "：既没有 transactions.csv，也没有 transactions.parquet",
                        dir + ": neither transactions.csv nor transactions.parquet is there");
            }
            return new SegmentInput(dir, dir, false);
        }
        if (Files.exists(dir.resolve("client.asc")) && Files.exists(dir.resolve("disp.asc"))
                && Files.exists(dir.resolve("account.asc"))) {
            Path converted = work.resolve("berka-generic");
            try (GenericLayoutWriter writer = new GenericLayoutWriter(converted, ProfileJson::writeLine)) {
                new BerkaReader().read(dir, writer);
            }
            return new SegmentInput(converted, dir, true);
        }
        throw new InputRejected("--input " + dir + "：既不是通用格式（customers.jsonl、accounts.csv、links.csv、"
                + "transactions.csv 或 .parquet），也不是 Berka 目录（client.asc、disp.asc、account.asc、trans.asc）",
                "--input " + dir + ": neither the generic layout (customers.jsonl, "
                + "accounts.csv, links.csv, transactions.csv|parquet) nor a Berka directory (client.asc, disp.asc, "
                + "account.asc, trans.asc)");
    }

    public Path directory() {
        return directory;
    }

    public Path original() {
        return original;
    }

    /**
     * The currency the data set names in {@code currency.txt} (a converted Berka directory: CZK), or
     * {@code otherwise} (the policy's) when it names none.
     */
    public String currency(String otherwise) {
        Path file = directory.resolve(GenericLayoutWriter.CURRENCY_FILE);
        if (!Files.exists(file)) {
            return otherwise;
        }
        String code;
        try {
            code = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(file + ": expected a three-letter ISO 4217 code such as CNY, found \""
                    + (code.length() > 20 ? code.substring(0, 20) + "…" : code) + "\"");
        }
        return code;
    }

    public Path transactions() {
        Path parquet = directory.resolve("transactions.parquet");
        return Files.exists(parquet) ? parquet : directory.resolve("transactions.csv");
    }

    /**
     * Creates the in_* views the feature SQL reads from the CSV and Parquet files; missing optional
     * files give empty views. The customers come from {@link #loadCustomers}.
     */
    public void createViews(Statement sql) throws SQLException {
        view(sql, "in_accounts", ACCOUNTS, "accountId VARCHAR, branch VARCHAR, opened DATE, closed DATE, statementFrequency VARCHAR");
        view(sql, "in_links", "links.csv", "linkId VARCHAR, customerId VARCHAR, accountId VARCHAR, role VARCHAR");
        String txColumns = "transactionId VARCHAR, sequence BIGINT, accountId VARCHAR, date DATE, direction VARCHAR, "
                + "operation VARCHAR, amount DECIMAL(18,2), balance DECIMAL(18,2), category VARCHAR, "
                + "counterpartyBank VARCHAR, counterpartyAccount VARCHAR";
        Path tx = transactions();
        String raw;
        boolean marked;
        if (tx.getFileName().toString().endsWith(".parquet")) {
            raw = "(select transactionId, accountId, cast(sequence as bigint) as sequence, cast(date as date) as date, "
                    + "direction, cast(amount as decimal(18,2)) as amount, cast(balance as decimal(18,2)) as balance, "
                    + "category, counterpartyBank, counterpartyAccount";
            marked = parquetHasAmlColumns(sql, tx);
            raw += (marked ? ", channel, crossBorder" : "") + " from read_parquet(" + literal(tx) + "))";
        } else {
            marked = csvHasAmlColumns(tx);
            view(sql, "in_transactions_file", "transactions.csv", txColumns + (marked ? AML_COLUMNS : ""));
            raw = "in_transactions_file";
        }
        // Data written before channel and cross-border marks existed has neither: unknown channel, not cross-border.
        String channel = marked ? "channel" : "cast(null as varchar)";
        String crossBorder = marked ? "coalesce(crossBorder, false)" : "false";
        String others = marked ? "t.* exclude (channel, crossBorder)" : "t.*";
        sql.execute("create or replace temp view in_transactions as select " + others + ", " + checkedChannel(channel, tx)
                + " as channel, " + crossBorder + " as crossBorder from " + raw + " t");
        view(sql, "in_loans", "loans.csv", "loanId VARCHAR, accountId VARCHAR, granted DATE, amount DECIMAL(18,2), "
                + "durationMonths INTEGER, monthlyPayment DECIMAL(18,2), status VARCHAR");
        view(sql, "in_cards", "cards.csv", "cardId VARCHAR, linkId VARCHAR, cardType VARCHAR, issued DATE");
        view(sql, "in_holdings", "holdings.csv", "holdingId VARCHAR, customerId VARCHAR, productCode VARCHAR, "
                + "productType VARCHAR, amount DECIMAL(18,2), opened DATE, closed DATE, maturity DATE", true);
        view(sql, "in_assessments", ASSESSMENTS, "assessmentId VARCHAR, customerId VARCHAR, questionnaireId VARCHAR, "
                + "kind VARCHAR, channel VARCHAR, assessedAt TIMESTAMP, score INTEGER, resultCode VARCHAR, answers VARCHAR");
        view(sql, "in_needs", NEEDS, "needId VARCHAR, customerId VARCHAR, area VARCHAR, status VARCHAR, identifiedOn DATE, "
                + "closedOn DATE");
    }

    /**
     * Checks the codes of the optional assessments.csv and needs.csv, which the classifier reads as
     * they are: the first row with a wrong one is named with its line and what was expected.
     */
    void checkAdvisory(Statement sql) throws SQLException {
        first(sql, "in_assessments", ASSESSMENTS, List.of(
                check("customerId", "customerId is null", "missing (required): the customer"),
                check("kind", "kind is null or kind not in ('RISK_TOLERANCE', 'WEALTH_ATTITUDE', 'SOCIAL_STYLE')",
                        "expected RISK_TOLERANCE, WEALTH_ATTITUDE or SOCIAL_STYLE"),
                check("channel", "channel is null or channel not in ('BRANCH', 'ONLINE', 'PHONE')",
                        "expected BRANCH, ONLINE or PHONE"),
                check("assessedAt", "assessedAt is null", "missing (required): the date and time, YYYY-MM-DDTHH:MM:SS"),
                check("resultCode", "resultCode is null or contains(resultCode, ',')",
                        "expected the result code: C1…C5, a wealth attitude or social style code, or TIE")));
        first(sql, "in_needs", NEEDS, List.of(
                check("customerId", "customerId is null", "missing (required): the customer"),
                check("area", "area is not null and area not in (" + String.join(", ", java.util.Arrays.stream(
                        io.clientlens.needs.PlanningArea.values()).map(a -> "'" + a.name() + "'").toList()) + ")",
                        "expected a planning area: " + String.join(", ", java.util.Arrays.stream(
                                io.clientlens.needs.PlanningArea.values()).map(Enum::name).toList())),
                check("identifiedOn", "identifiedOn is null", "missing (required): the date the need was identified"),
                check("closedOn", "closedOn < identifiedOn", "must not be before identifiedOn")));
    }

    private record Check(String column, String condition, String expected) {
    }

    private static Check check(String column, String condition, String expected) {
        return new Check(column, condition, expected);
    }

    private void first(Statement sql, String view, String file, List<Check> checks) throws SQLException {
        for (Check c : checks) {
            try (ResultSet rs = sql.executeQuery("select line, cast(\"" + c.column() + "\" as varchar) from (select "
                    + "row_number() over () + 1 as line, * from " + view + ") where " + c.condition() + " order by line limit 1")) {
                if (rs.next()) {
                    String value = rs.getString(2);
                    throw new IllegalArgumentException(directory.resolve(file) + " line " + rs.getLong(1) + ", column "
                            + c.column() + ": " + (value == null ? "" : "'" + value + "': ") + c.expected()
                            + " (docs/generic-layout.md)");
                }
            }
        }
    }

    /**
     * The channel, or an error naming the file, the transaction and the value when it is not a channel
     * (docs/generic-layout.md): every query that reads the channel checks it in the same scan.
     */
    private static String checkedChannel(String channel, Path file) {
        String name = file.getFileName().toString().replace("'", "''");
        return "case when " + channel + " is null or " + channel + " in ('CASH', 'TRANSFER', 'CARD') then " + channel
                + " else error('" + name + ": transaction ' || t.transactionId || ': channel \"' || " + channel
                + " || '\" is not one of CASH, TRANSFER, CARD (empty when not known) / 交易渠道应为 CASH、TRANSFER、CARD 之一或为空') end";
    }

    private static boolean csvHasAmlColumns(Path csv) {
        try (var lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            return header != null && List.of(header.replace("\uFEFF", "").split(",")).contains("channel");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    private static boolean parquetHasAmlColumns(Statement sql, Path parquet) throws SQLException {
        try (ResultSet rs = sql.executeQuery("select * from read_parquet(" + literal(parquet) + ") limit 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                if (rs.getMetaData().getColumnName(i).equals("channel")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** customers.jsonl, the profile documents. */
    public Path customers() {
        return directory.resolve(CUSTOMERS);
    }

    /**
     * Loads the profiles as columns into table {@code profiles} (ordinal, line, {@link ProfileTable}
     * columns) and the ids into table {@code in_customers (ordinal, line, customer_id)}, the
     * feature SQL's input. A prepared directory's customers.parquet is read as it is (no JSON is
     * parsed); otherwise customers.jsonl is read and validated once, by worker threads.
     *
     * @throws IllegalArgumentException naming the line of a bad document, or the lines of a
     *                                  customer id given twice
     */
    public void loadCustomers(DuckDBConnection db, int threads, Path work) throws SQLException {
        try (Statement sql = db.createStatement()) {
            if (PreparedProfiles.usable(directory)) {
                sql.execute("create or replace view profiles as select * from read_parquet("
                        + literal(directory.resolve(PreparedProfiles.FILE)) + ")");
                refuseOldPreparation(sql);
            } else {
                PreparedProfiles.load(db, customers(), "profiles", threads);
            }
            sql.execute("create or replace table in_customers as select ordinal, line, customer_id from profiles");
            refuseDuplicates(sql, "in_customers", customers().toString());
            loadContributions(sql, work);
        }
    }

    /** A customers.parquet prepared before a profile column existed (the AML facts, say) is prepared again. */
    private void refuseOldPreparation(Statement sql) throws SQLException {
        java.util.Set<String> present = new java.util.HashSet<>();
        try (ResultSet rs = sql.executeQuery("select * from profiles limit 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                present.add(rs.getMetaData().getColumnName(i));
            }
        }
        for (String column : ProfileTable.COLUMNS) {
            if (!present.contains(column)) {
                throw new IllegalArgumentException(PreparedProfiles.preparedByEarlierVersion(
                        directory.resolve(PreparedProfiles.FILE), column, directory));
            }
        }
    }

    /** Names the lines of the first customer id given twice in {@code table} (ordinal, line, customer_id). */
    static void refuseDuplicates(Statement sql, String table, String file) throws SQLException {
        try (ResultSet rs = sql.executeQuery("select customer_id, list(line order by line) from " + table + " "
                + "group by customer_id having count(*) > 1 order by min(line) limit 1")) {
            if (rs.next()) {
                throw new IllegalArgumentException(file + ": customer " + rs.getString(1) + " is on more than one line "
                        + rs.getString(2) + "; each customerId must be unique (docs/generic-layout.md)");
            }
        }
    }

    /**
     * Loads table {@code in_contributions (customer_id, contribution, line)} from contributions.csv
     * (empty without the file), read as {@code import contributions} reads it and rounded to the fen
     * as the database stores it. A segment run takes the file whole or not at all: a bad row, a
     * customer given twice or a customer not in customers.jsonl stops it, naming the line.
     */
    void loadContributions(Statement sql, Path work) throws SQLException {
        Path file = directory.resolve(CONTRIBUTIONS);
        if (!Files.exists(file)) {
            sql.execute("create or replace table in_contributions (customer_id varchar, contribution decimal(18, 2), line bigint)");
            return;
        }
        Path clean = work.resolve("contributions-clean.csv");
        try (Writer out = Files.newBufferedWriter(clean, StandardCharsets.UTF_8)) {
            ContributionCsv.read(file, c -> {
                try {
                    out.write('"' + c.customerId().replace("\"", "\"\"") + "\","
                            + c.amount().setScale(2, RoundingMode.HALF_UP).toPlainString() + "," + c.line() + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + clean + ": " + e.getMessage(), e);
                }
            }, issue -> {
                throw new IllegalArgumentException(file + " line " + issue.line()
                        + (issue.column() == null ? "" : ", column " + issue.column()) + ": " + issue.reason()
                        + " (docs/generic-layout.md)");
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + clean + ": " + e.getMessage(), e);
        }
        sql.execute("create or replace table in_contributions as select * from read_csv(" + literal(clean)
                + ", header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"', new_line = '\\n', "
                + "columns = {'customer_id': 'VARCHAR', 'contribution': 'DECIMAL(18,2)', 'line': 'BIGINT'})");
        try (ResultSet rs = sql.executeQuery("select customer_id, list(line order by line) from in_contributions "
                + "group by customer_id having count(*) > 1 order by min(line) limit 1")) {
            if (rs.next()) {
                throw new IllegalArgumentException(file + ": customer " + rs.getString(1) + " is on more than one line "
                        + rs.getString(2) + "; give each customer's contribution once (docs/generic-layout.md)");
            }
        }
        try (ResultSet rs = sql.executeQuery("select k.line, k.customer_id from in_contributions k anti join in_customers c "
                + "on c.customer_id = k.customer_id order by k.line limit 1")) {
            if (rs.next()) {
                throw new IllegalArgumentException(file + " line " + rs.getLong(1) + ", column customerId: no customer '"
                        + rs.getString(2) + "' in " + CUSTOMERS + " / 没有该客户 (docs/generic-layout.md)");
            }
        }
    }

    private void view(Statement sql, String name, String file, String columns) throws SQLException {
        view(sql, name, file, columns, false);
    }

    /** {@code lastColumnOptional}: files written before the last column existed (holdings without maturity) still read. */
    private void view(Statement sql, String name, String file, String columns, boolean lastColumnOptional) throws SQLException {
        Path path = directory.resolve(file);
        String select;
        if (Files.exists(path)) {
            select = "select * from read_csv(" + literal(path) + ", header = true, auto_detect = false, delim = ',', "
                    + "quote = '\"', escape = '\"', new_line = '\\n', columns = " + struct(columns)
                    + (lastColumnOptional ? ", null_padding = true" : "") + ")";
        } else {
            select = "select * from (select " + String.join(", ", nulls(columns)) + ") where false";
        }
        sql.execute("create or replace temp view " + name + " as " + select);
    }

    private static String struct(String columns) {
        List<String> parts = new ArrayList<>();
        for (String column : columns.split(", (?=[a-zA-Z]+ )")) {
            String[] nameType = column.trim().split(" ", 2);
            parts.add("'" + nameType[0] + "': '" + nameType[1] + "'");
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static List<String> nulls(String columns) {
        List<String> parts = new ArrayList<>();
        for (String column : columns.split(", (?=[a-zA-Z]+ )")) {
            String[] nameType = column.trim().split(" ", 2);
            parts.add("cast(null as " + nameType[1] + ") as " + nameType[0]);
        }
        return parts;
    }

    /** A path as a DuckDB string literal. */
    public static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /**
     * Identifies the input: SHA-256 over each file's name, size and modification time. Cheap at
     * any size (no file is read), and any rewrite of an input changes it.
     */
    public String fingerprint() {
        try (var files = Files.list(original)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update((f.getFileName() + "\t" + Files.size(f) + "\t" + Files.getLastModifiedTime(f).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + original, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

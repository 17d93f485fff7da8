package io.clientlens.batch.generate;

import io.clientlens.batch.json.Json;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.code.InputRejected;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import io.clientlens.questionnaire.RecordedAssessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes bank data in the generic file layout ({@code docs/generic-layout.md}): one UTF-8 CSV
 * file per record type, with a header of the record's component names, ISO dates, plain decimal
 * amounts and empty fields for missing values, plus {@code customers.jsonl} with one profile
 * document per line, {@code assessments.csv} with the questionnaire assessments, and {@code currency.txt}
 * when the source names the currency of its amounts. Writes stream through buffers, so millions of rows
 * need little memory.
 */
public final class GenericLayoutWriter implements BankDataSink, AutoCloseable {
    /** One line, the ISO 4217 code of every amount in the data set; without it amounts are in the policy's currency. */
    public static final String CURRENCY_FILE = "currency.txt";
    private static final int BUFFER = 1 << 16;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Path directory;
    private final Function<Profile, String> profileToJson;
    private final Writer customers;
    private final CsvWriter branches;
    private final CsvWriter accounts;
    private final CsvWriter links;
    private final CsvWriter transactions;
    private final CsvWriter loans;
    private final CsvWriter cards;
    private final CsvWriter holdings;
    private final CsvWriter assessments;
    private final CsvWriter issues;
    private final List<AutoCloseable> open = new ArrayList<>();

    /**
     * Creates (or replaces) the layout's files in {@code directory}. {@code profileToJson} turns a
     * profile into its one-line JSON document (the profile codec).
     */
    public GenericLayoutWriter(Path directory, Function<Profile, String> profileToJson) {
        this.profileToJson = profileToJson;
        this.directory = directory;
        try {
            Files.createDirectories(directory);
            customers = track(Files.newBufferedWriter(directory.resolve("customers.jsonl"), StandardCharsets.UTF_8));
            branches = csv(directory, "branches.csv", "branchId", "name", "region");
            accounts = csv(directory, "accounts.csv", "accountId", "branch", "opened", "closed", "statementFrequency");
            links = csv(directory, "links.csv", "linkId", "customerId", "accountId", "role");
            transactions = csv(directory, "transactions.csv", "transactionId", "sequence", "accountId", "date",
                    "direction", "operation", "amount", "balance", "category", "counterpartyBank",
                    "counterpartyAccount", "channel", "crossBorder");
            loans = csv(directory, "loans.csv", "loanId", "accountId", "granted", "amount", "durationMonths",
                    "monthlyPayment", "status");
            cards = csv(directory, "cards.csv", "cardId", "linkId", "cardType", "issued");
            holdings = csv(directory, "holdings.csv", "holdingId", "customerId", "productCode", "productType",
                    "amount", "opened", "closed", "maturity");
            assessments = csv(directory, "assessments.csv", "assessmentId", "customerId", "questionnaireId", "kind",
                    "channel", "assessedAt", "score", "resultCode", "answers");
            issues = csv(directory, "issues.csv", "file", "line", "column", "reason");
        } catch (IOException e) {
            closeQuietly();
            throw new InputRejected("无法在 " + directory + " 中创建通用格式的文件", "cannot create the generic layout in " + directory, e);
        }
    }

    private <T extends AutoCloseable> T track(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private CsvWriter csv(Path directory, String file, String... header) throws IOException {
        CsvWriter writer = track(CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(BUFFER)
                .build(directory.resolve(file), StandardCharsets.UTF_8));
        writer.writeRecord(header);
        return writer;
    }

    @Override
    public void branch(Branch b) {
        row(branches, b.branchId(), b.name(), b.region());
    }

    @Override
    public void customer(Profile profile) {
        String json = profileToJson.apply(profile);
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("the JSON of customer " + profile.customerId()
                    + " spans several lines; customers.jsonl needs one document per line");
        }
        try {
            customers.write(json);
            customers.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write customers.jsonl", e);
        }
    }

    @Override
    public void account(Account a) {
        row(accounts, a.accountId(), a.branch(), text(a.opened()), text(a.closed()), a.statementFrequency());
    }

    @Override
    public void link(AccountLink l) {
        row(links, l.linkId(), l.customerId(), l.accountId(), text(l.role()));
    }

    @Override
    public void transaction(Transaction t) {
        row(transactions, t.transactionId(), Long.toString(t.sequence()), t.accountId(), text(t.date()),
                text(t.direction()), t.operation(), text(t.amount()), text(t.balance()), t.category(),
                t.counterpartyBank(), t.counterpartyAccount(), t.channel() == null ? null : t.channel().name(),
                // only the mark is written: an empty field is "not cross-border" and keeps large files small
                t.crossBorder() ? "true" : null);
    }

    @Override
    public void loan(Loan l) {
        row(loans, l.loanId(), l.accountId(), text(l.granted()), text(l.amount()), Integer.toString(l.durationMonths()),
                text(l.monthlyPayment()), l.status());
    }

    @Override
    public void card(Card c) {
        row(cards, c.cardId(), c.linkId(), c.cardType(), text(c.issued()));
    }

    @Override
    public void holding(Holding h) {
        row(holdings, h.holdingId(), h.customerId(), h.productCode(), h.productType(), text(h.amount()),
                text(h.opened()), text(h.closed()), text(h.maturity()));
    }

    /** The answers as one JSON object of question id → options chosen. */
    @Override
    public void assessment(RecordedAssessment a) {
        row(assessments, a.assessmentId(), a.customerId(), a.questionnaireId(), a.kind().name(), a.channel().name(),
                a.assessedAt().format(SECONDS), Integer.toString(a.score()), a.resultCode(),
                a.answers() == null ? null : Json.write(a.answers().chosen()));
    }

    @Override
    public void currency(String isoCode) {
        if (isoCode == null || !isoCode.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: expected a three-letter ISO 4217 code such as CNY, found " + isoCode);
        }
        try {
            Files.writeString(directory.resolve(CURRENCY_FILE), isoCode + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + CURRENCY_FILE, e);
        }
    }

    @Override
    public void issue(ImportIssue i) {
        row(issues, i.file(), Long.toString(i.line()), i.column(), i.reason());
    }

    private static void row(CsvWriter writer, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                fields[i] = "";
            }
        }
        writer.writeRecord(fields);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** Flushes and closes every file; the first failure is reported after all were tried. */
    @Override
    public void close() {
        IOException failure = null;
        for (AutoCloseable closeable : open) {
            try {
                closeable.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            } catch (Exception e) {
                failure = failure == null ? new IOException(e) : failure;
            }
        }
        open.clear();
        if (failure != null) {
            throw new UncheckedIOException("cannot finish writing the generic layout", failure);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (UncheckedIOException ignored) {
            // the constructor's own failure is the one to report
        }
    }
}

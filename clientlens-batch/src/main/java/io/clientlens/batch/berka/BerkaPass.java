package io.clientlens.batch.berka;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.batch.ImportSummary;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One pass over the Berka files: maps each row, checks that it refers only to rows already read,
 * and hands it to the sink. Transactions are streamed; only the ids of the small tables are kept,
 * for the reference and duplicate checks (transaction ids are not checked for duplicates: that
 * set would grow with the file). Used once per import (not thread-safe, not reusable).
 */
final class BerkaPass {
    private static final Map<String, FactSource> FROM_ACCOUNT_OPENING =
            Map.of("basic", new FactSource(FactSource.Channel.ACCOUNT_OPENING, null));
    private static final Map<String, AccountLink.Role> ROLES =
            Map.of("OWNER", AccountLink.Role.OWNER, "DISPONENT", AccountLink.Role.AUTHORISED);
    /** PRIJEM is a credit; VYDAJ a debit and VYBER a cash withdrawal, also a debit. */
    private static final Map<String, Transaction.Direction> DIRECTIONS = Map.of(
            "PRIJEM", Transaction.Direction.CREDIT,
            "VYDAJ", Transaction.Direction.DEBIT,
            "VYBER", Transaction.Direction.DEBIT);

    private final Path dir;
    private final BankDataSink sink;
    private final Map<String, Long> rowsRead = new LinkedHashMap<>();
    private final Map<String, Long> rowsRejected = new LinkedHashMap<>();
    private final List<ImportIssue> issues = new ArrayList<>();

    /** District id → district name (null when the file marks it missing); a client's region is its name. */
    private final Map<String, String> districtNames = new HashMap<>();
    private final Set<String> clientIds = new HashSet<>();
    private final Set<String> accountIds = new HashSet<>();
    private final Set<String> dispositionIds = new HashSet<>();
    private final Set<String> loanIds = new HashSet<>();
    private final Set<String> cardIds = new HashSet<>();

    BerkaPass(Path dir, BankDataSink sink) {
        this.dir = dir;
        this.sink = sink;
    }

    ImportSummary run() {
        each(BerkaFile.DISTRICT, this::branch, sink::branch);
        each(BerkaFile.CLIENT, this::customer, sink::customer);
        each(BerkaFile.ACCOUNT, this::account, sink::account);
        each(BerkaFile.DISPOSITION, this::link, sink::link);
        each(BerkaFile.LOAN, this::loan, sink::loan);
        each(BerkaFile.CARD, this::card, sink::card);
        each(BerkaFile.TRANSACTION, this::transaction, sink::transaction);
        return new ImportSummary(rowsRead, rowsRejected, issues);
    }

    private <T> void each(BerkaFile file, Function<BerkaRow, T> map, Consumer<T> deliver) {
        rowsRead.put(file.kind(), 0L);
        rowsRejected.put(file.kind(), 0L);
        CloseableIterator<CsvRecord> records = BerkaCsv.open(dir, file);
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                T value = mapOrReport(file, record, map);
                if (value != null) {
                    deliver.accept(value);
                    rowsRead.merge(file.kind(), 1L, Long::sum);
                }
            }
        } catch (CsvParseException | UncheckedIOException unreadable) {
            throw BerkaCsv.unreadable(dir, file, unreadable);
        } finally {
            BerkaCsv.close(records);
        }
    }

    /** The mapped row, or null after reporting why it cannot be imported. */
    private <T> T mapOrReport(BerkaFile file, CsvRecord record, Function<BerkaRow, T> map) {
        try {
            return map.apply(new BerkaRow(file, record));
        } catch (RowRejected rejected) {
            report(new ImportIssue(file.fileName(), record.getStartingLineNumber(), rejected.column(),
                    rejected.reason()));
        } catch (IllegalArgumentException brokenRule) {
            // A rule of the core model that the row checks above did not foresee.
            report(new ImportIssue(file.fileName(), record.getStartingLineNumber(), null, brokenRule.getMessage()));
        }
        rowsRejected.merge(file.kind(), 1L, Long::sum);
        return null;
    }

    private void report(ImportIssue issue) {
        issues.add(issue);
        sink.issue(issue);
    }

    private Branch branch(BerkaRow row) {
        String id = unique(row.id("A1"), districtNames.keySet(), "A1");
        Branch branch = new Branch(id, row.optional("A2"), row.optional("A3"));
        districtNames.put(id, branch.name());
        return branch;
    }

    private Profile customer(BerkaRow row) {
        String id = unique(row.id("client_id"), clientIds, "client_id");
        BerkaDates.BirthNumber birth = birthNumber(row);
        String district = known(row.id("district_id"), districtNames.keySet(), "district_id", BerkaFile.DISTRICT);
        Profile profile = Profile.builder(id)
                .type(CustomerType.INDIVIDUAL)
                .birthDate(birth.birthDate())
                .gender(birth.gender())
                .region(districtNames.get(district))
                .branch(district)
                // Every district in Berka is in the bank's own country.
                .residency(Profile.Residency.DOMESTIC)
                .sources(FROM_ACCOUNT_OPENING)
                .build();
        clientIds.add(id);
        return profile;
    }

    private static BerkaDates.BirthNumber birthNumber(BerkaRow row) {
        String text = row.required("birth_number");
        BerkaDates.BirthNumber birth = BerkaDates.birthNumber(text);
        if (birth == null) {
            throw new RowRejected("birth_number", "“" + text + "”不是出生编号，应为 YYMMDD（19YY 年，女性的月份加 50）", "'" + text
                    + "' is not a birth number; expected YYMMDD (year 19YY) with the month raised by 50 for women");
        }
        return birth;
    }

    private Account account(BerkaRow row) {
        String id = unique(row.id("account_id"), accountIds, "account_id");
        String district = known(row.id("district_id"), districtNames.keySet(), "district_id", BerkaFile.DISTRICT);
        Account account = new Account(id, district, row.date("date"), null, row.required("frequency"));
        accountIds.add(id);
        return account;
    }

    private AccountLink link(BerkaRow row) {
        String id = unique(row.id("disp_id"), dispositionIds, "disp_id");
        String client = known(row.id("client_id"), clientIds, "client_id", BerkaFile.CLIENT);
        String account = known(row.id("account_id"), accountIds, "account_id", BerkaFile.ACCOUNT);
        AccountLink link = new AccountLink(id, client, account, ROLES.get(row.oneOf("type", ROLES.keySet())));
        dispositionIds.add(id);
        return link;
    }

    private Loan loan(BerkaRow row) {
        Loan loan = new Loan(unique(row.id("loan_id"), loanIds, "loan_id"),
                known(row.id("account_id"), accountIds, "account_id", BerkaFile.ACCOUNT),
                row.date("date"),
                notNegative(row, "amount"),
                row.positiveInteger("duration"),
                notNegative(row, "payments"),
                row.required("status"));
        loanIds.add(loan.loanId());
        return loan;
    }

    private Card card(BerkaRow row) {
        Card card = new Card(unique(row.id("card_id"), cardIds, "card_id"),
                known(row.id("disp_id"), dispositionIds, "disp_id", BerkaFile.DISPOSITION),
                row.required("type"),
                row.dateOfTimestamp("issued"));
        cardIds.add(card.cardId());
        return card;
    }

    /**
     * Berka's operations by channel (docs/generic-layout.md): VKLAD (cash deposit), VYBER (cash withdrawal) and
     * VYBER KARTOU (withdrawal with a card) are cash; PREVOD Z UCTU / NA UCET (collection from / remittance to
     * another bank) transfers. Interest and fee postings have no operation and no channel.
     */
    private static final Map<String, Transaction.Channel> CHANNELS = Map.of(
            "VKLAD", Transaction.Channel.CASH,
            "VYBER", Transaction.Channel.CASH,
            "VYBER KARTOU", Transaction.Channel.CASH,
            "PREVOD Z UCTU", Transaction.Channel.TRANSFER,
            "PREVOD NA UCET", Transaction.Channel.TRANSFER);

    private Transaction transaction(BerkaRow row) {
        String id = row.id("trans_id");
        String operation = row.optional("operation");
        return new Transaction(id,
                // Berka has no posting sequence; trans_id is its only stable tie-breaker within a day.
                Long.parseLong(id),
                known(row.id("account_id"), accountIds, "account_id", BerkaFile.ACCOUNT),
                row.date("date"),
                DIRECTIONS.get(row.oneOf("type", DIRECTIONS.keySet())),
                operation,
                notNegative(row, "amount"),
                row.decimal("balance"),
                row.optional("k_symbol"),
                // the partner's bank and account are the counterparty; Berka has no cross-border mark
                row.optional("bank"),
                row.optional("account"),
                operation == null ? null : CHANNELS.get(operation),
                false);
    }

    private static BigDecimal notNegative(BerkaRow row, String column) {
        BigDecimal amount = row.decimal(column);
        if (amount.signum() < 0) {
            throw new RowRejected(column, "“" + amount.toPlainString() + "”是负数，应不小于 0",
                    "'" + amount.toPlainString() + "' is negative; expected zero or more");
        }
        return amount;
    }

    private static String unique(String id, Set<String> seen, String column) {
        if (seen.contains(id)) {
            throw new RowRejected(column, "编号 " + id + " 重复，前面的行已有", "duplicate id " + id + "; an earlier row has it");
        }
        return id;
    }

    private static String known(String id, Set<String> ids, String column, BerkaFile referenced) {
        if (!ids.contains(id)) {
            throw new RowRejected(column, "引用的 " + id + " 不在已读取的 " + referenced.fileName() + " 中",
                    "refers to " + id + ", which is not among the rows read from " + referenced.fileName());
        }
        return id;
    }
}

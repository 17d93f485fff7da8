package io.clientlens.app.importing;

import io.clientlens.batch.json.Json;
import io.clientlens.app.customer.ChangedBy;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.batch.questionnaire.QuestionnaireJson;
import io.clientlens.batch.questionnaire.ShippedQuestionnaires;
import io.clientlens.importing.ImportIssue;
import io.clientlens.questionnaire.Questionnaire;
import io.clientlens.questionnaire.RecordedAssessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stores what a reader delivers in PostgreSQL, on one connection inside the caller's transaction,
 * so an import either lands whole or not at all. Buffers are flushed in foreign-key order
 * whenever one fills, so a link always finds its account, whatever order rows arrive in.
 */
public final class PostgresBankData implements BankDataSink {
    private static final int FLUSH_ROWS = 50_000;
    private static final int ASSESSMENT_BATCH = 5_000;

    private final Connection connection;
    private final Function<Profile, String> profileJson;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final StagedTable branches = new StagedTable("branch", "branch_id", List.of("branch_id", "name", "region"));
    /**
     * Customers: an import adds and updates facts and never removes one (V73): the profile is merged onto the stored
     * one, and the columns kept beside it take the file's value when it gives one.
     */
    private final StagedTable customers = new StagedTable("customer", "customer_id", List.of("customer_id",
            "customer_type", "branch_id", "relationship_manager", "birth_date", "gender", "region", "profile"), Map.of(
            "customer_type", "coalesce(excluded.profile ->> 'type', customer.customer_type)",
            "branch_id", "coalesce(excluded.branch_id, customer.branch_id)",
            "relationship_manager", "coalesce(excluded.relationship_manager, customer.relationship_manager)",
            "birth_date", "coalesce(excluded.birth_date, customer.birth_date)",
            "gender", "coalesce(excluded.gender, customer.gender)",
            "region", "coalesce(excluded.region, customer.region)",
            "profile", "profile_merged(customer.profile, excluded.profile)"));
    private final StagedTable accounts = new StagedTable("account", "account_id",
            List.of("account_id", "branch_id", "opened", "closed", "statement_frequency"));
    private final StagedTable links = new StagedTable("account_link", "link_id",
            List.of("link_id", "customer_id", "account_id", "role"));
    private final StagedTable loans = new StagedTable("loan", "loan_id",
            List.of("loan_id", "account_id", "granted", "amount", "duration_months", "monthly_payment", "status"));
    private final StagedTable cards = new StagedTable("card", "card_id", List.of("card_id", "link_id", "card_type", "issued"));
    private final StagedTable holdings = new StagedTable("holding", "holding_id", List.of("holding_id", "customer_id",
            "product_code", "product_type", "amount", "opened", "closed", "maturity"));
    private final StagedTable transactions = new StagedTable("txn", "transaction_id", List.of("transaction_id", "seq",
            "account_id", "txn_date", "direction", "operation", "amount", "balance", "category", "counterparty_bank",
            "counterparty_account", "channel", "cross_border"));
    private final List<RecordedAssessment> assessments = new ArrayList<>();
    private boolean questionnairesInstalled;
    private long assessmentsInserted;
    private long assessmentsUnchanged;
    /** Parents before children. */
    private final List<StagedTable> inForeignKeyOrder = List.of(branches, customers, accounts, links, loans, cards,
            holdings, transactions);

    public PostgresBankData(Connection connection, Function<Profile, String> profileJson) throws SQLException {
        this(connection, profileJson, null);
    }

    /** With {@code changedBy}, every change of a stored profile is an audit record ({@link ProfileChangeLog}). */
    PostgresBankData(Connection connection, Function<Profile, String> profileJson, ChangedBy changedBy) throws SQLException {
        this.connection = connection;
        this.profileJson = profileJson;
        if (changedBy != null) {
            customers.watchedBy(new ProfileChangeLog(changedBy));
        }
        for (StagedTable table : inForeignKeyOrder) {
            table.createStage(connection);
        }
    }

    @Override
    public void branch(Branch b) {
        add(branches, row -> row.text(b.branchId()).text(b.name()).text(b.region()));
    }

    @Override
    public void customer(Profile p) {
        add(customers, row -> row.text(p.customerId()).text(p.typeOrIndividual().name()).text(p.branch())
                .text(p.relationshipManager()).date(p.birthDate()).text(p.gender() == null ? null : p.gender().name())
                .text(p.region()).text(profileJson.apply(p)));
    }

    @Override
    public void account(Account a) {
        add(accounts, row -> row.text(a.accountId()).text(a.branch()).date(a.opened()).date(a.closed())
                .text(a.statementFrequency()));
    }

    @Override
    public void link(AccountLink l) {
        add(links, row -> row.text(l.linkId()).text(l.customerId()).text(l.accountId()).text(l.role().name()));
    }

    @Override
    public void transaction(Transaction t) {
        add(transactions, row -> row.text(t.transactionId()).number(t.sequence()).text(t.accountId()).date(t.date())
                .text(t.direction().name()).text(t.operation()).number(t.amount()).number(t.balance())
                .text(t.category()).text(t.counterpartyBank()).text(t.counterpartyAccount())
                .text(t.channel() == null ? null : t.channel().name()).text(Boolean.toString(t.crossBorder())));
    }

    @Override
    public void loan(Loan l) {
        add(loans, row -> row.text(l.loanId()).text(l.accountId()).date(l.granted()).number(l.amount())
                .number(l.durationMonths()).number(l.monthlyPayment()).text(l.status()));
    }

    @Override
    public void card(Card c) {
        add(cards, row -> row.text(c.cardId()).text(c.linkId()).text(c.cardType()).date(c.issued()));
    }

    @Override
    public void holding(Holding h) {
        add(holdings, row -> row.text(h.holdingId()).text(h.customerId()).text(h.productCode()).text(h.productType())
                .number(h.amount()).date(h.opened()).date(h.closed()).date(h.maturity()));
    }

    /**
     * Records the currency the data set names. A database holds data in one currency: data in another is
     * refused (in a home of its own it is shown in its own currency; amounts are never converted).
     */
    @Override
    public void currency(String isoCode) {
        try (var select = connection.prepareStatement("select currency from data_currency");
             var rows = select.executeQuery()) {
            String recorded = rows.next() ? rows.getString(1) : null;
            if (recorded != null && !recorded.equals(isoCode)) {
                throw new ImportFailed("The data in this database is in " + recorded + ", this data set is in " + isoCode
                        + ": amounts are never converted, so load it into another home (--home DIR) / 本数据库中的数据以 "
                        + recorded + " 计，该数据集以 " + isoCode + " 计；金额不做换算，请导入另一个主目录（--home DIR）");
            }
            if (recorded == null) {
                try (var insert = connection.prepareStatement("insert into data_currency (currency) values (?)")) {
                    insert.setString(1, isoCode);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new ImportFailed("Could not record the currency " + isoCode + ": " + e.getMessage(), e);
        }
    }

    /**
     * Kept until its customer is stored, then inserted unless the customer already has an assessment
     * of that kind at that time (a re-run of the same import adds nothing).
     */
    @Override
    public void assessment(RecordedAssessment a) {
        assessments.add(a);
        if (assessments.size() >= ASSESSMENT_BATCH) {
            flushAll();
        }
    }

    @Override
    public void issue(ImportIssue issue) {
        issues.add(issue);
    }

    public List<ImportIssue> issues() {
        return List.copyOf(issues);
    }

    /**
     * Writes whatever is still buffered, then reports every resident ID this import gave to a customer while another
     * customer has it as well (docs/SECURITY.md, "Validation of input"); call before committing.
     */
    public void finish() {
        flushAll();
        sharedResidentIds();
    }

    /** At most this many shared resident IDs are listed; a file with more has a systematic fault. */
    static final int SHARED_IDS_LISTED = 1_000;

    // Rows this transaction inserted or changed carry its start time (now()) in updated_at.
    private void sharedResidentIds() {
        String sql = """
                select later.customer_id, earlier.customer_id, later.profile ->> 'residentId'
                from customer later
                join customer earlier on earlier.profile ->> 'residentId' = later.profile ->> 'residentId'
                                     and earlier.customer_id < later.customer_id
                where later.profile ? 'residentId' and (later.updated_at = now() or earlier.updated_at = now())
                order by later.customer_id, earlier.customer_id
                """ + " limit " + SHARED_IDS_LISTED;
        try (var s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String id = io.clientlens.identity.Masking.residentId(rs.getString(3));
                issues.add(new ImportIssue("customer", 0, "residentId", "customer " + rs.getString(1) + ": resident ID " + id
                        + " is also that of customer " + rs.getString(2) + "; one resident ID belongs to one customer: "
                        + "check which is right (both are stored unless the import is strict)"
                        + " / 客户 " + rs.getString(1) + "：身份证号 " + id + " 与客户 " + rs.getString(2)
                        + " 相同；一个身份证号只应属于一位客户，请核实哪一位正确（非严格导入时两位都已保存）"));
            }
        } catch (SQLException e) {
            throw new ImportFailed("Could not check the imported resident IDs: " + e.getMessage(), e);
        }
    }

    /** Per table (by name): rows inserted, updated and found unchanged. */
    public Map<String, LoadCounts> counts() {
        Map<String, LoadCounts> counts = new LinkedHashMap<>();
        for (StagedTable table : inForeignKeyOrder) {
            LoadCounts c = table.counts();
            if (c.total() > 0) {
                counts.put(table.table(), c);
            }
        }
        if (assessmentsInserted + assessmentsUnchanged > 0) {
            counts.put("assessment", new LoadCounts(assessmentsInserted, 0, assessmentsUnchanged));
        }
        return counts;
    }

    private void add(StagedTable table, java.util.function.Consumer<CsvRow> row) {
        table.add(row);
        if (table.buffered() >= FLUSH_ROWS) {
            flushAll();
        }
    }

    private void flushAll() {
        try {
            for (StagedTable table : inForeignKeyOrder) {
                table.flush(connection);
            }
            flushAssessments();
        } catch (SQLException e) {
            throw new ImportFailed("Could not store the imported rows: " + e.getMessage(), e);
        }
    }

    private void flushAssessments() throws SQLException {
        if (assessments.isEmpty()) {
            return;
        }
        installShippedQuestionnaires();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into assessment (customer_id, questionnaire_id, kind, answers, score, result_code, result, channel,
                                        recorded_by, recorded_role, assessed_at, assessed_on, policy_version)
                select ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?, 'import', 'IMPORT', ?, ?, 'import'
                where not exists (select 1 from assessment where customer_id = ? and kind = ? and assessed_at = ?)
                on conflict do nothing""")) {
            for (RecordedAssessment a : assessments) {
                Timestamp at = Timestamp.valueOf(a.assessedAt());
                insert.setString(1, a.customerId());
                insert.setString(2, a.questionnaireId());
                insert.setString(3, a.kind().name());
                insert.setString(4, Json.write(a.answers() == null ? Map.of() : a.answers().chosen()));
                insert.setInt(5, a.score());
                insert.setString(6, a.resultCode());
                insert.setString(7, Json.write(Assessments.result(a.result())));
                insert.setString(8, a.channel().name());
                insert.setTimestamp(9, at);
                insert.setObject(10, a.assessedAt().toLocalDate());
                insert.setString(11, a.customerId());
                insert.setString(12, a.kind().name());
                insert.setTimestamp(13, at);
                insert.addBatch();
            }
            for (int n : insert.executeBatch()) {
                if (n > 0) {
                    assessmentsInserted++;
                } else {
                    assessmentsUnchanged++;
                }
            }
        }
        assessments.clear();
    }

    /** The shipped questionnaires the generator answers, as the questionnaire list installs them. */
    private void installShippedQuestionnaires() throws SQLException {
        if (questionnairesInstalled) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into questionnaire (questionnaire_id, kind, "
                + "version, definition, shipped) values (?, ?, ?, cast(? as jsonb), true) on conflict do nothing")) {
            for (String text : ShippedQuestionnaires.texts()) {
                Questionnaire q = QuestionnaireJson.parse(text, "shipped");
                insert.setString(1, q.id());
                insert.setString(2, q.kind().name());
                insert.setInt(3, q.version());
                insert.setString(4, text);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        questionnairesInstalled = true;
    }
}

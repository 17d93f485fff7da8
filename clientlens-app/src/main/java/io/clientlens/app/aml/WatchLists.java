package io.clientlens.app.aml;

import io.clientlens.aml.screening.Screening;
import io.clientlens.aml.screening.WatchListEntry;
import io.clientlens.app.aml.persistence.CaseStore;
import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;
import io.clientlens.customer.FieldProblem;
import io.clientlens.policy.Policy;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Watch lists and screening (docs/AML.md, "Screening"): {@code watchlist import FILE} replaces the entries of each list
 * the file names and screens every customer against all lists; {@link #screen(Collection)} screens some customers
 * (after an import of customers or a profile change). Possible matches are kept once per customer, list and entity, and
 * go into the customer's undecided case. One transaction each.
 */
@Service
public class WatchLists {
    /** The columns of the CSV, in order (docs/AML.md). */
    public static final List<String> COLUMNS = List.of("listName", "entityId", "name", "aliases", "birthDate",
            "registrationNumber");

    private final DataSource dataSource;
    private final Policy policy;

    WatchLists(DataSource dataSource, Policy policy) {
        this.dataSource = dataSource;
        this.policy = policy;
    }

    /** A file that cannot be read: every problem with its line and column. */
    public static final class Invalid extends RuntimeException implements SaysItself {
        private static final long serialVersionUID = 1L;
        private final transient List<FieldProblem> problems;

        Invalid(List<FieldProblem> problems) {
            super(String.join("; ", problems.stream().map(p -> p.field() + ": " + p.zh() + " / " + p.en()).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }

        /** Every problem with its line and field, in {@code language}. */
        @Override
        public String in(Language language) {
            return language == Language.EN
                    ? String.join("; ", problems.stream().map(p -> p.field() + ": " + p.en()).toList())
                    : String.join("；", problems.stream().map(p -> p.field() + "：" + p.zh()).toList());
        }
    }

    public record Imported(Set<String> lists, int entries, int screened, int matches, int casesOpened) {
    }

    /** Reads the CSV (UTF-8, a header of {@link #COLUMNS}); every bad line is reported, nothing stored then. */
    public static List<WatchListEntry> parse(String csv, String fileName) {
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        List<FieldProblem> problems = new ArrayList<>();
        if (lines.isEmpty() || !cells(lines.get(0)).equals(COLUMNS)) {
            throw new Invalid(List.of(new FieldProblem(fileName + " line 1", "表头应为 " + String.join(",", COLUMNS),
                    "the header must be " + String.join(",", COLUMNS))));
        }
        List<WatchListEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = fileName + " line " + (i + 1);
            List<String> c = cells(lines.get(i));
            if (c.size() != COLUMNS.size()) {
                problems.add(new FieldProblem(where, "应有 " + COLUMNS.size() + " 列，实为 " + c.size(),
                        "expected " + COLUMNS.size() + " columns, found " + c.size()));
                continue;
            }
            for (int k : new int[] {0, 1, 2}) {
                if (c.get(k).isBlank()) {
                    problems.add(new FieldProblem(where + " " + COLUMNS.get(k), "必填", "required"));
                }
            }
            LocalDate birth = null;
            if (!c.get(4).isBlank()) {
                try {
                    birth = LocalDate.parse(c.get(4).strip());
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(where + " birthDate", "日期应为 YYYY-MM-DD，实为“" + c.get(4) + "”",
                            "expected a date YYYY-MM-DD, found '" + c.get(4) + "'"));
                }
            }
            if (c.get(0).isBlank() || c.get(1).isBlank() || c.get(2).isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(c.get(2).strip());
            Arrays.stream(c.get(3).split("\\|")).map(String::strip).filter(n -> !n.isEmpty()).forEach(names::add);
            entries.add(new WatchListEntry(c.get(0).strip(), c.get(1).strip(), names, birth,
                    c.get(5).isBlank() ? null : c.get(5).strip()));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return entries;
    }

    /** The cells of one CSV line: commas inside double quotes belong to the cell, a doubled quote is a quote. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Replaces the entries of the lists the file names, then screens every customer. */
    public Imported importList(List<WatchListEntry> entries) {
        Set<String> lists = new LinkedHashSet<>();
        entries.forEach(e -> lists.add(e.listName()));
        return inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("delete from aml_watchlist_entry where list_name = any(?)")) {
                del.setArray(1, c.createArrayOf("text", lists.toArray()));
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("insert into aml_watchlist_entry (list_name, entity_id, names, "
                    + "birth_date, registration_number) values (?, ?, ?, ?, ?) on conflict (list_name, entity_id) do update "
                    + "set names = excluded.names, birth_date = excluded.birth_date, registration_number = excluded.registration_number")) {
                for (WatchListEntry e : entries) {
                    ins.setString(1, e.listName());
                    ins.setString(2, e.entityId());
                    ins.setArray(3, c.createArrayOf("text", e.names().toArray()));
                    ins.setObject(4, e.birthDate());
                    ins.setString(5, e.registrationNumber());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            int[] counts = screen(c, null);
            return new Imported(lists, entries.size(), counts[0], counts[1], counts[2]);
        });
    }

    /** Screens these customers against every list (after an import of customers or a profile change). */
    public int[] screen(Collection<String> customerIds) {
        return inTransaction(c -> screen(c, customerIds));
    }

    /**
     * Screens these customers once the current transaction commits (a profile saved in it is then visible), or at once
     * without one. Nothing happens while no list has been imported.
     */
    public void screenAfterCommit(Collection<String> customerIds) {
        List<String> ids = List.copyOf(customerIds);
        if (ids.isEmpty()) {
            return;
        }
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            screen(ids);
                        }
                    });
        } else {
            screen(ids);
        }
    }

    /** Screens the customers changed since {@code since} (after a bulk import). */
    public void screenChangedSince(java.time.Instant since) {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select customer_id from customer where updated_at >= ? "
                     + "and exists (select 1 from aml_watchlist_entry)")) {
            ps.setObject(1, java.sql.Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Screening failed: " + e.getMessage(), e);
        }
        if (!ids.isEmpty()) {
            screen(ids);
        }
    }

    /** @return customers screened, new possible matches, cases opened */
    private int[] screen(Connection c, Collection<String> ids) throws SQLException {
        List<WatchListEntry> entries = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select list_name, entity_id, names, birth_date, registration_number from aml_watchlist_entry")) {
            while (rs.next()) {
                entries.add(new WatchListEntry(rs.getString(1), rs.getString(2), Arrays.asList((String[]) rs.getArray(3).getArray()),
                        rs.getObject(4, LocalDate.class), rs.getString(5)));
            }
        }
        if (entries.isEmpty()) {
            return new int[] {0, 0, 0};
        }
        double threshold = policy.aml().screening().latinThreshold();
        int screened = 0;
        int found = 0;
        try (PreparedStatement q = c.prepareStatement("select customer_id, profile->>'name', birth_date, "
                + "profile->'corporate'->>'uscc' from customer where (? or customer_id = any(?)) order by customer_id");
             PreparedStatement hit = c.prepareStatement("insert into aml_screening_hit (customer_id, list_name, entity_id, "
                     + "listed_name, customer_name, score, reason_zh, reason_en) values (?, ?, ?, ?, ?, ?, ?, ?) "
                     + "on conflict (customer_id, list_name, entity_id) do nothing")) {
            q.setBoolean(1, ids == null);
            q.setArray(2, c.createArrayOf("text", ids == null ? new Object[0] : ids.toArray()));
            q.setFetchSize(1_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    screened++;
                    var subject = new Screening.Subject(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4));
                    for (Screening.PossibleMatch m : Screening.screen(subject, entries, threshold, IcuPinyin.INSTANCE)) {
                        hit.setString(1, subject.customerId());
                        hit.setString(2, m.entry().listName());
                        hit.setString(3, m.entry().entityId());
                        hit.setString(4, m.listedName());
                        hit.setString(5, subject.name());
                        hit.setBigDecimal(6, java.math.BigDecimal.valueOf(m.score()).setScale(3, java.math.RoundingMode.HALF_UP));
                        hit.setString(7, m.reason().zh());
                        hit.setString(8, m.reason().en());
                        found += hit.executeUpdate();
                    }
                }
            }
        }
        int opened = CaseStore.groupMatches(c, LocalDate.now().plusDays(policy.aml().cases().decideWithinDays()));
        return new int[] {screened, found, opened};
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Screening failed: " + e.getMessage(), e);
        }
    }
}

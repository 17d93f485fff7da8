package io.clientlens.app.customer;

import io.clientlens.customer.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Interaction notes (visits, calls, messages) of a customer: append-only, a correction is a new
 * note. The text may hold personal data, so it is never logged.
 */
@Repository
public class InteractionNotes {
    public static final List<String> KINDS = List.of("VISIT", "CALL", "MESSAGE");
    static final int MAX_TEXT = 2000;
    /** The oldest contact a note may record, in years before today. */
    static final int OLDEST_YEARS = 10;
    private static final Set<String> KIND_SET = Set.copyOf(KINDS);

    static final String LATEST = """
                        select note_id, customer_id, kind, occurred_on, body, author, author_role, created_at from interaction_note
                        where customer_id = :customer order by occurred_on desc, note_id desc limit :limit""";

    private final JdbcClient jdbc;

    InteractionNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Note(long noteId, String customerId, String kind, LocalDate occurredOn, String text, String author,
                       String authorRole, OffsetDateTime createdAt) {
    }

    /** A note as entered: text fields, checked by {@link #problems}. */
    public record NewNote(String kind, String occurredOn, String text) {
    }

    /** What is wrong with a new note, by field; empty when it may be saved. A note cannot be dated after today. */
    public static List<FieldProblem> problems(NewNote note, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (note.kind() == null || !KIND_SET.contains(note.kind())) {
            problems.add(new FieldProblem("kind", "应为 " + String.join("、", KINDS) + " 之一", "expected one of " + String.join(", ", KINDS)));
        }
        LocalDate date = date(note.occurredOn());
        if (date == null) {
            problems.add(new FieldProblem("occurredOn", "应为日期 yyyy-MM-dd", "expected a date yyyy-MM-dd"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("occurredOn", "不能晚于今天（" + today + "）", "must not be after today (" + today + ")"));
        } else if (date.isBefore(today.minusYears(OLDEST_YEARS))) {
            // notes are kept as written and cannot be corrected: a date decades ago is a typing error, not a contact
            LocalDate earliest = today.minusYears(OLDEST_YEARS);
            problems.add(new FieldProblem("occurredOn", "不能早于 " + earliest + "（" + OLDEST_YEARS + " 年前）",
                    "must not be before " + earliest + " (" + OLDEST_YEARS + " years ago)"));
        }
        String text = note.text() == null ? "" : note.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "请填写记录内容（1–" + MAX_TEXT + "个字符）", "write the note (1–" + MAX_TEXT + " characters)"));
        }
        return problems;
    }

    /** Appends a checked note; returns it as stored. */
    public Note add(String customerId, NewNote note, String author, String authorRole) {
        return jdbc.sql("""
                        insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role)
                        values (:customer, :kind, :on, :body, :author, :role)
                        returning note_id, customer_id, kind, occurred_on, body, author, author_role, created_at""")
                .param("customer", customerId).param("kind", note.kind()).param("on", date(note.occurredOn()))
                .param("body", note.text().strip()).param("author", author).param("role", authorRole)
                .query(InteractionNotes::note).single();
    }

    /** The customer's notes, newest first. */
    public List<Note> latest(String customerId, int limit) {
        return jdbc.sql(LATEST)
                .param("customer", customerId).param("limit", limit).query(InteractionNotes::note).list();
    }

    private static Note note(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class));
    }

    private static LocalDate date(String text) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}

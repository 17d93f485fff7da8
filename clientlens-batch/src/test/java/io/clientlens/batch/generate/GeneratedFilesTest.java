package io.clientlens.batch.generate;

import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratedFilesTest {
    private static final GeneratorSettings SETTINGS = GeneratorSettings.of(150, 5, LocalDate.of(2026, 9, 30));
    private static final Map<String, Class<? extends Record>> CSV_FILES = Map.of(
            "branches.csv", Branch.class, "accounts.csv", Account.class, "links.csv", AccountLink.class,
            "transactions.csv", Transaction.class, "loans.csv", Loan.class, "cards.csv", Card.class,
            "holdings.csv", Holding.class, "issues.csv", ImportIssue.class);

    @TempDir
    Path temp;

    private void write(Path directory) {
        try (GenericLayoutWriter writer = new GenericLayoutWriter(directory, p -> "{\"customerId\":\"" + p.customerId() + "\"}")) {
            new CustomerBaseGenerator(SETTINGS).generate(writer);
        }
    }

    @Test
    void writingTheSameSettingsTwiceGivesIdenticalBytes() throws IOException {
        write(temp.resolve("a"));
        write(temp.resolve("b"));

        for (String file : fileNames()) {
            byte[] first = Files.readAllBytes(temp.resolve("a").resolve(file));
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file))).as(file).isEqualTo(first);
        }
        assertThat(Files.size(temp.resolve("a").resolve("transactions.csv"))).isGreaterThan(10_000);
    }

    @Test
    void headersAreTheRecordComponentNames() throws IOException {
        write(temp);

        CSV_FILES.forEach((file, type) -> {
            String expected = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.joining(","));
            assertThat(firstLine(temp.resolve(file))).as(file).isEqualTo(expected);
        });
    }

    @Test
    void rowsMatchWhatWasDeliveredWithPlainAmountsAndEmptyNulls() throws IOException {
        write(temp);
        RecordingSink sink = RecordingSink.generate(SETTINGS);

        List<String> transactions = Files.readAllLines(temp.resolve("transactions.csv"), StandardCharsets.UTF_8);
        assertThat(transactions).hasSize(sink.transactions.size() + 1);
        Transaction t = sink.transactions.get(0);
        assertThat(transactions.get(1)).isEqualTo(String.join(",", t.transactionId(), Long.toString(t.sequence()),
                t.accountId(), t.date().toString(), t.direction().name(), t.operation(), t.amount().toPlainString(),
                t.balance().toPlainString(), t.category(), nullToEmpty(t.counterpartyBank()),
                nullToEmpty(t.counterpartyAccount()), t.channel() == null ? "" : t.channel().name(), ""));
        assertThat(Files.readAllLines(temp.resolve("customers.jsonl"))).hasSize(SETTINGS.customers())
                .first().isEqualTo("{\"customerId\":\"C000001\"}");
        assertThat(Files.readAllLines(temp.resolve("accounts.csv"))).hasSize(sink.accounts.size() + 1)
                .anyMatch(line -> line.endsWith(",,MONTHLY"));
        assertThat(Files.readAllLines(temp.resolve("branches.csv"))).contains("BR001,北京分行,北京市");
        List<String> assessments = Files.readAllLines(temp.resolve("assessments.csv"), StandardCharsets.UTF_8);
        assertThat(assessments.get(0)).isEqualTo("assessmentId,customerId,questionnaireId,kind,channel,assessedAt,score,resultCode,answers");
        assertThat(assessments).hasSize(sink.assessments.size() + 1);
        var a = sink.assessments.get(0);
        assertThat(assessments.get(1)).startsWith(String.join(",", a.assessmentId(), a.customerId(), a.questionnaireId(),
                a.kind().name(), a.channel().name(), a.assessedAt().toLocalDate() + "T" + a.assessedAt().toLocalTime()
                        .withNano(0).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")),
                Integer.toString(a.score()), a.resultCode(), "\"{\"\"")).endsWith("]}\"");
    }

    @Test
    void namesTheCurrencyOfItsAmountsInCurrencyTxt() throws IOException {
        write(temp);

        assertThat(Files.readString(temp.resolve("currency.txt"))).isEqualTo("CNY\n");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(temp.resolve("other"), p -> "{}")) {
            assertThatThrownBy(() -> writer.currency("crowns")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ISO 4217");
        }
    }

    @Test
    void largeAmountsAreWrittenWithoutExponent() throws IOException {
        try (GenericLayoutWriter writer = new GenericLayoutWriter(temp, p -> "{}")) {
            writer.holding(new Holding("H1", "C1", "WM2026001", "WEALTH", new BigDecimal("1E+7"),
                    LocalDate.of(2026, 1, 5), null));
            writer.issue(new ImportIssue("trans.asc", 12, null, "line is cut"));
        }

        assertThat(Files.readAllLines(temp.resolve("holdings.csv")).get(1))
                .isEqualTo("H1,C1,WM2026001,WEALTH,10000000,2026-01-05,,");
        assertThat(Files.readAllLines(temp.resolve("issues.csv")).get(1)).isEqualTo("trans.asc,12,,line is cut");
    }

    @Test
    void aMultiLineProfileDocumentIsRefused() {
        try (GenericLayoutWriter writer = new GenericLayoutWriter(temp, p -> "{\n}")) {
            assertThatThrownBy(() -> writer.customer(new CustomerBaseGenerator(SETTINGS).customer(0).profile()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C000001");
        }
    }

    private static List<String> fileNames() {
        List<String> names = new java.util.ArrayList<>(CSV_FILES.keySet());
        names.add("customers.jsonl");
        return names;
    }

    private static String firstLine(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

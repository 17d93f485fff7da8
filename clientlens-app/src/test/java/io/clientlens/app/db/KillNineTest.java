package io.clientlens.app.db;

import io.clientlens.app.cli.ClientLensMain;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} at a random point (seeded: {@code -Dclientlens.kill-seed=N} replays one) of an
 * import, a classification run and a server taking writes, each a separate ClientLens process on
 * one home, as from the shell; then a restart. Nothing acknowledged is lost, nothing is stored
 * twice, no half-done import or run is visible, and the next command starts cleanly (restarting the
 * database server the killed process left behind). Small sizes, so it runs with every build.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillNineTest {
    private static final long SEED = Long.getLong("clientlens.kill-seed", 20261206L);
    private static final Random RANDOM = new Random(SEED);
    private static final int CUSTOMERS = 600;
    private static final String GENERATOR_SEED = "11";
    private static final Duration START = Duration.ofMinutes(3);
    private static final Map<String, String> TABLES = tables();

    @TempDir
    static Path home;

    @Test
    @Order(1)
    void anImportKilledAtARandomPointStoresAllOrNothingAndARerunCompletesIt() throws Exception {
        Map<String, Long> generated = generatedRows();
        try (ChildJvm child = cli("generate", "--customers", Integer.toString(CUSTOMERS), "--seed", GENERATOR_SEED)) {
            killDuringItsTransaction(child, 2_000);
        }
        Map<String, Long> afterKill = rowsPerTable();
        assertThat(afterKill.values().stream().allMatch(n -> n == 0) || afterKill.equals(generated))
                .as("seed %d: all or nothing: %s (whole: %s)", SEED, afterKill, generated).isTrue();

        String out = inProcess("generate", "--customers", Integer.toString(CUSTOMERS), "--seed", GENERATOR_SEED);
        assertThat(rowsPerTable()).as(out).isEqualTo(generated);
    }

    @Test
    @Order(2)
    void aClassificationKilledAtARandomPointLeavesNoPartialRunAndARerunStoresOneWholeRun() throws Exception {
        try (ChildJvm child = cli("classify")) {
            killDuringItsTransaction(child, 1_000);
        }
        // A run in progress is recorded as RUNNING, which no reader looks at; only a DONE run is visible.
        List<String> runs = superuser().queryForList("select status || ' ' || customers from classification_run "
                + "where status = 'DONE'", String.class);
        assertThat(runs.isEmpty() || runs.equals(List.of("DONE " + CUSTOMERS)))
                .as("seed %d: no visible run, or one whole run: %s", SEED, runs).isTrue();
        assertThat(superuser().queryForList("select distinct status from classification_run", String.class))
                .isSubsetOf("RUNNING", "DONE");

        inProcess("classify");
        try (EmbeddedDatabase ignored = EmbeddedDatabase.startOrAttach(home.resolve("pgdata"))) {
            JdbcTemplate db = superuser();
            assertThat(db.queryForList("select distinct status from classification_run", String.class)).containsExactly("DONE");
            assertThat(db.queryForList("select count(c.customer_id) from classification_run r left join classification c "
                    + "using (run_id) group by r.run_id", Long.class)).isNotEmpty().allMatch(n -> n == CUSTOMERS);
            assertThat(db.queryForObject("select count(*) from classification c where not exists "
                    + "(select 1 from classification_run r where r.run_id = c.run_id)", Long.class)).isZero();
        }
    }

    @Test
    @Order(3)
    void aServerKilledWithWritesInFlightLosesNoAcknowledgedNoteAndStoresNoneTwice() throws Exception {
        int port = freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        try (ChildJvm server = cli("serve", "--port", Integer.toString(port))) {
            server.awaitOutput("http://localhost:" + port, START);
            String password = "kill-nine-" + RANDOM.nextLong();
            superuser().update("insert into app_user (username, password_hash, role) values ('kill.head', ?, 'HEAD_OF_WEALTH')",
                    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            String token = token(http, port, password);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                String customer = "C%06d".formatted(w + 1);
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String text = "kill-" + writer + "-" + i;
                        attempted.add(text);
                        try {
                            if (postNote(http, port, token, customer, text) == 201) {
                                acknowledged.add(text);
                            }
                        } catch (IOException | InterruptedException connectionLost) {
                            return;
                        }
                    }
                });
            }
            long firstDeadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (acknowledged.isEmpty() && System.nanoTime() < firstDeadline) {
                Thread.sleep(20);
            }
            long wait = RANDOM.nextInt(2_000);
            Thread.sleep(wait);
            server.kill();
            stop.set(true);
            System.out.printf("kill -9 (seed %d) of the server %d ms after the first acknowledged note%n", SEED, wait);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(acknowledged).as("writes were acknowledged before the kill (%d ms after the first)", wait).isNotEmpty();
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(home.resolve("pgdata"))) {
            assertThat(db.ownsServer()).as("the server the killed process left was restarted").isTrue();
            JdbcTemplate app = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.app().user(), db.app().password()));
            List<String> stored = app.queryForList("select body from interaction_note where author = 'kill.head'", String.class);
            assertThat(new HashSet<>(stored)).as("none twice").hasSameSizeAs(stored);
            assertThat(stored).as("nothing acknowledged lost (seed %d)", SEED).containsAll(acknowledged);
            assertThat(attempted).as("nothing that was not sent").containsAll(stored);
        }
        assertThat(home.resolve("pgdata/postmaster.pid")).doesNotExist();
    }

    /** Waits until the child's application account is inside a transaction, then kills it up to {@code maxDelay} ms later. */
    private static void killDuringItsTransaction(ChildJvm child, int maxDelay) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && child.alive()) {
            if (applicationTransactions() > 0) {
                int delay = RANDOM.nextInt(maxDelay);
                Thread.sleep(delay);
                child.kill();
                System.out.printf("kill -9 (seed %d) %d ms into the transaction of: %s%n", SEED, delay, child.command());
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child never began its transaction:\n" + child.output());
    }

    /** Open transactions of the application's account; 0 while the server or its database is not there yet. */
    private static int applicationTransactions() {
        if (PidFile.read(home.resolve("pgdata")).filter(p -> p.status().equals("ready")).isEmpty()) {
            return 0;
        }
        try {
            return superuser().queryForObject("select count(*) from pg_stat_activity where usename = 'clientlens_app' "
                    + "and xact_start is not null", Integer.class);
        } catch (RuntimeException starting) {
            return 0;
        }
    }

    /** The superuser on whatever server runs on the home now, without joining it (so a killed child leaves an orphan). */
    private static JdbcTemplate superuser() {
        Path data = home.resolve("pgdata");
        int port = PidFile.read(data).orElseThrow().port();
        DatabaseAccount superuser = DatabasePasswords.loadOrCreate(DatabasePasswords.fileFor(data)).account("postgres");
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + port + "/clientlens",
                superuser.user(), superuser.password()));
    }

    /** Rows per table; the server the kill left running is queried as it is (it is restarted by the next command). */
    private static Map<String, Long> rowsPerTable() {
        boolean running = PidFile.read(home.resolve("pgdata")).filter(p -> p.namesRunningServerOf(home.resolve("pgdata")))
                .isPresent();
        if (!running) {
            try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(home.resolve("pgdata"))) {
                return rowsPerTable(superuser());
            }
        }
        return rowsPerTable(superuser());
    }

    private static Map<String, Long> rowsPerTable(JdbcTemplate db) {
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.values().stream().distinct().sorted().forEach(t -> rows.put(t, db.queryForObject("select count(*) from " + t, Long.class)));
        return rows;
    }

    /** What the generator delivers for these settings (the CLI's defaults), counted by distinct key. */
    private static Map<String, Long> generatedRows() {
        Map<String, Set<String>> keys = new ConcurrentHashMap<>();
        Function<String, Set<String>> of = table -> keys.computeIfAbsent(table, t -> new HashSet<>());
        new CustomerBaseGenerator(new GeneratorSettings(CUSTOMERS, Long.parseLong(GENERATOR_SEED), LocalDate.of(2026, 9, 30),
                GeneratorSettings.DEFAULT_HISTORY_DAYS, 6)).generate(new BankDataSink() {
            public void branch(Branch b) { of.apply("branch").add(b.branchId()); }
            public void customer(Profile p) { of.apply("customer").add(p.customerId()); }
            public void account(Account a) { of.apply("account").add(a.accountId()); }
            public void link(AccountLink l) { of.apply("account_link").add(l.linkId()); }
            public void transaction(Transaction t) { of.apply("txn").add(t.transactionId()); }
            public void loan(Loan l) { of.apply("loan").add(l.loanId()); }
            public void card(Card c) { of.apply("card").add(c.cardId()); }
            public void holding(Holding h) { of.apply("holding").add(h.holdingId()); }
            public void issue(ImportIssue issue) { throw new AssertionError(issue.toString()); }
        });
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.values().stream().distinct().sorted().forEach(t -> rows.put(t, (long) keys.getOrDefault(t, Set.of()).size()));
        return rows;
    }

    private static Map<String, String> tables() {
        return List.of("branch", "customer", "account", "account_link", "txn", "loan", "card", "holding").stream()
                .collect(Collectors.toMap(t -> t, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    private static ChildJvm cli(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return ChildJvm.start(home.resolve("work"), List.of(), ClientLensMain.class, all.toArray(String[]::new));
    }

    private static String inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        int status = ClientLensMain.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        assertThat(status).as(err.toString()).isZero();
        return out.toString();
    }

    private static String token(HttpClient http, int port, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"kill.head\", \"password\": \"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String body = response.body();
        int start = body.indexOf("\"token\":\"") + 9;
        return body.substring(start, body.indexOf('"', start));
    }

    private static int postNote(HttpClient http, int port, String token, String customer, String text)
            throws IOException, InterruptedException {
        String json = "{\"kind\": \"CALL\", \"occurredOn\": \"" + LocalDate.now() + "\", \"text\": \"" + text + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/customers/" + customer + "/notes"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

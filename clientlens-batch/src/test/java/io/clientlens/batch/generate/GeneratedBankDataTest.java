package io.clientlens.batch.generate;

import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class GeneratedBankDataTest {
    private static final GeneratorSettings SETTINGS = GeneratorSettings.of(1200, 11, LocalDate.of(2026, 9, 30));
    private static final Set<String> BANK_POSTINGS = Set.of("INTEREST", "FEE", "PENALTY_INTEREST");
    private static RecordingSink sink;

    @BeforeAll
    static void generate() {
        sink = RecordingSink.generate(SETTINGS);
    }

    @Test
    void branchesComeFirstAndAreRealCities() {
        List<Object> first = sink.delivered.subList(0, CustomerBaseGenerator.branches().size());

        assertThat(first).allMatch(o -> o instanceof Branch);
        assertThat(CustomerBaseGenerator.branches()).hasSizeBetween(18, 24)
                .extracting(Branch::branchId).startsWith("BR001");
        assertThat(CustomerBaseGenerator.branches()).extracting(Branch::name).contains("北京分行", "深圳分行");
        assertThat(CustomerBaseGenerator.branches()).extracting(Branch::region).contains("广东省深圳市", "浙江省杭州市");
    }

    @Test
    void everythingRefersToWhatWasDeliveredBefore() {
        Set<String> customers = new HashSet<>();
        Map<String, Account> accounts = new HashMap<>();
        Set<String> links = new HashSet<>();
        for (Object o : sink.delivered) {
            if (o instanceof Profile p) {
                customers.add(p.customerId());
            } else if (o instanceof Account a) {
                accounts.put(a.accountId(), a);
            } else if (o instanceof AccountLink l) {
                assertThat(customers).contains(l.customerId());
                assertThat(accounts).containsKey(l.accountId());
                links.add(l.linkId());
            } else if (o instanceof Loan l) {
                assertThat(accounts).containsKey(l.accountId());
                assertThat(l.granted()).isAfterOrEqualTo(accounts.get(l.accountId()).opened());
            } else if (o instanceof Card c) {
                assertThat(links).contains(c.linkId());
            } else if (o instanceof Holding h) {
                assertThat(customers).contains(h.customerId());
            } else if (o instanceof Transaction t) {
                // plain checks: AssertJ per row would make this loop over 200,000 rows slow
                Account account = accounts.get(t.accountId());
                if (account == null) {
                    fail("transaction " + t.transactionId() + " before its account");
                }
                boolean inWindow = !t.date().isBefore(SETTINGS.historyStart()) && !t.date().isAfter(SETTINGS.endDate());
                boolean whileOpen = !t.date().isBefore(account.opened())
                        && (account.closed() == null || !t.date().isAfter(account.closed()));
                if (!inWindow || !whileOpen) {
                    fail(t + " is outside the window or the life of " + account);
                }
            }
        }
    }

    @Test
    void eachCustomersTransactionsAreInDateOrderAndBalancesRunOn() {
        Map<String, BigDecimal> lastBalance = new HashMap<>();
        Map<String, Long> lastSequence = new HashMap<>();
        CustomerBaseGenerator generator = new CustomerBaseGenerator(SETTINGS);
        for (int i = 0; i < 200; i++) {
            List<Transaction> transactions = generator.customer(i).transactions();
            for (int k = 1; k < transactions.size(); k++) {
                assertThat(transactions.get(k).date()).isAfterOrEqualTo(transactions.get(k - 1).date());
            }
            for (Transaction t : transactions) {
                BigDecimal before = lastBalance.get(t.accountId());
                if (before != null) {
                    BigDecimal signed = t.direction() == Transaction.Direction.CREDIT ? t.amount() : t.amount().negate();
                    assertThat(t.balance()).as(t.transactionId()).isEqualByComparingTo(before.add(signed));
                    assertThat(t.sequence()).isEqualTo(lastSequence.get(t.accountId()) + 1);
                }
                assertThat(t.transactionId()).isEqualTo(t.accountId() + "-" + t.sequence());
                lastBalance.put(t.accountId(), t.balance());
                lastSequence.put(t.accountId(), t.sequence());
            }
        }
    }

    @Test
    void prospectsHaveNoAccountsAndAreAboutFivePercent() {
        Set<String> linked = sink.links.stream().map(AccountLink::customerId).collect(Collectors.toSet());
        List<Profile> prospects = sink.profiles.stream().filter(p -> !linked.contains(p.customerId())).toList();

        assertThat(prospects.size()).isBetween(30, 100);
        CustomerBaseGenerator generator = new CustomerBaseGenerator(SETTINGS);
        for (Profile p : prospects) {
            GeneratedCustomer customer = generator.customer(Integer.parseInt(p.customerId().substring(1)) - 1);
            assertThat(customer.isProspect()).isTrue();
            assertThat(customer.holdings()).isEmpty();
        }
    }

    @Test
    void everyAccountHasOneOwnerAndSomeHaveAnAuthorisedUser() {
        Map<String, Long> owners = sink.links.stream().filter(l -> l.role() == AccountLink.Role.OWNER)
                .collect(Collectors.groupingBy(AccountLink::accountId, Collectors.counting()));

        assertThat(owners).hasSize(sink.accounts.size()).allSatisfy((account, count) -> assertThat(count).isOne());
        assertThat(sink.links).anyMatch(l -> l.role() == AccountLink.Role.AUTHORISED);
    }

    @Test
    void bankPostingsIncludeInterestFeesAndRarelyPenaltyInterest() {
        Map<String, Long> byCategory = sink.transactions.stream()
                .collect(Collectors.groupingBy(Transaction::category, Collectors.counting()));

        assertThat(byCategory.get("INTEREST")).isGreaterThan(byCategory.get("FEE"));
        assertThat(byCategory.get("FEE")).isGreaterThan(byCategory.getOrDefault("PENALTY_INTEREST", 0L));
        assertThat(byCategory).containsKeys("SALARY", "CONSUMPTION", "CASH", "PENALTY_INTEREST");
        assertThat(sink.transactions.stream().filter(t -> t.category().equals("INTEREST")))
                .allMatch(t -> t.direction() == Transaction.Direction.CREDIT);
    }

    @Test
    void someCustomersAreDormantAndSomeVeryActive() {
        Map<String, String> ownerOf = sink.links.stream().filter(l -> l.role() == AccountLink.Role.OWNER)
                .collect(Collectors.toMap(AccountLink::accountId, AccountLink::customerId));
        LocalDate halfYearAgo = SETTINGS.endDate().minusDays(180);
        Map<String, Long> recentActivity = sink.transactions.stream()
                .filter(t -> !BANK_POSTINGS.contains(t.category()) && t.date().isAfter(halfYearAgo))
                .collect(Collectors.groupingBy(t -> ownerOf.get(t.accountId()), Collectors.counting()));
        long customers = ownerOf.values().stream().distinct().count();

        double dormant = 1 - recentActivity.size() / (double) customers;
        assertThat(dormant).isBetween(0.08, 0.25);
        // ≥ 3 a week over the last 26 weeks
        assertThat(recentActivity.values()).anyMatch(n -> n >= 78);
    }

    @Test
    void someAccountsAreNewAndSomeClosed() {
        LocalDate yearAgo = SETTINGS.endDate().minusYears(1);

        assertThat(sink.accounts).anyMatch(a -> a.opened().isAfter(yearAgo));
        assertThat(sink.accounts).anyMatch(a -> a.closed() != null);
        assertThat(sink.accounts).allMatch(a -> !a.opened().isAfter(SETTINGS.endDate()));
    }

    @Test
    void loansCardsAndHoldingsLookLikeABanks() {
        assertThat(sink.loans).isNotEmpty().allSatisfy(l -> {
            assertThat(l.durationMonths()).isBetween(60, 360);
            assertThat(l.status()).isIn("A", "C");
            assertThat(l.granted()).isBefore(SETTINGS.endDate());
        });
        assertThat(sink.cards).extracting(Card::cardType).contains("DEBIT", "CREDIT");
        assertThat(sink.cards).allMatch(c -> luhnValid(c.cardId()));
        assertThat(sink.holdings).extracting(Holding::productType).contains("WEALTH", "FUND", "INSURANCE");
        assertThat(sink.holdings).allMatch(h -> h.productCode().matches("[A-Z]{2}\\d{7}"));
    }

    @Test
    void productsWithATermHaveAPlausibleMaturityAndOthersNone() {
        LocalDate end = SETTINGS.endDate();
        var held = sink.holdings.stream().filter(h -> h.closed() == null).toList();
        assertThat(held).filteredOn(h -> h.productType().startsWith("WEALTH") || h.productType().equals("BOND")).isNotEmpty()
                .allSatisfy(h -> {
                    assertThat(h.maturity()).isAfter(end).isAfter(h.opened());
                    assertThat(h.maturity()).isBefore(h.opened().plusYears(10).plusDays(1));
                });
        assertThat(held).filteredOn(h -> h.productType().equals("FUND") || h.productType().equals("INSURANCE"))
                .allSatisfy(h -> assertThat(h.maturity()).isNull());
        // matured products matured when they were closed
        assertThat(sink.holdings).filteredOn(h -> h.closed() != null && !h.closed().isBefore(h.opened()))
                .allSatisfy(h -> assertThat(h.maturity()).isEqualTo(h.closed()));
        // some wealth products mature within the next 30 days, as the RM's maturity reminders expect
        assertThat(held).anyMatch(h -> h.maturity() != null && !h.maturity().isAfter(end.plusDays(30)));
    }

    @Test
    void depositsAtTheBankDoNotExceedTheProfilesDepositsByMuch() {
        Map<String, String> ownerOf = sink.links.stream().filter(l -> l.role() == AccountLink.Role.OWNER)
                .collect(Collectors.toMap(AccountLink::accountId, AccountLink::customerId));
        Map<String, BigDecimal> lastBalance = new HashMap<>();
        sink.transactions.forEach(t -> lastBalance.put(t.accountId(), t.balance()));
        Map<String, BigDecimal> depositsByCustomer = new HashMap<>();
        lastBalance.forEach((account, balance) -> depositsByCustomer.merge(ownerOf.get(account),
                balance.max(BigDecimal.ZERO), BigDecimal::add));

        long plausible = sink.profiles.stream().filter(p -> depositsByCustomer.containsKey(p.customerId()))
                .filter(p -> {
                    BigDecimal profileDeposits = p.assets().cash().add(p.assets().timeDeposits());
                    return depositsByCustomer.get(p.customerId())
                            .compareTo(profileDeposits.multiply(BigDecimal.valueOf(2)).add(BigDecimal.valueOf(20_000))) <= 0;
                }).count();
        assertThat(plausible / (double) depositsByCustomer.size()).isGreaterThan(0.9);
    }

    private static boolean luhnValid(String number) {
        int sum = 0;
        for (int i = number.length() - 1, position = 0; i >= 0; i--, position++) {
            int d = number.charAt(i) - '0';
            if (position % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

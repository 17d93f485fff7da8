package io.clientlens.batch.generate;

import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.Transaction;
import io.clientlens.bank.Transaction.Direction;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plants the six monitoring typologies (docs/AML.md) in a known set of customers, so that monitoring can be measured
 * against the truth. In every block of {@link #PERIOD} customers (C000001–C000500, C000501–C001000, …), the first six
 * customers after the block's first that are not prospects get LARGE_CASH, STRUCTURING, PROFILE_MISMATCH,
 * DORMANT_REACTIVATION, RAPID_IN_OUT and MANY_COUNTERPARTIES in that order (a customer the typology does not fit, such
 * as PROFILE_MISMATCH without income, gets none). Which customers those are depends only on the seed, never on how
 * many customers are generated. A planted customer keeps everything generated for them and gains one account,
 * {@code A<number>90}, holding the typology's transactions in the last year before the end date. The draws come from a
 * stream of their own, so every other customer's data is exactly what it was without planting.
 */
final class PlantedTypologies {
    private static final long SALT = 0xA31_C0DE_5EEDL;
    private static final List<String> BANKS = List.of("中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行",
            "浦发银行", "民生银行", "平安银行");
    private static final List<String> FOREIGN_BANKS = List.of("HSBC HONG KONG", "DBS SINGAPORE", "BANK OF EAST ASIA");

    private PlantedTypologies() {
    }

    /** Customers per block; six of each block are planted. */
    static final int PERIOD = 500;

    /** The typology planted in customer {@code index}, or null (prospects have no account to plant in). */
    static AlertRule typology(GeneratorSettings settings, int index) {
        int first = index - index % PERIOD;
        if (index == first || BankSideGenerator.isProspect(settings.seed(), index)) {
            return null;
        }
        int before = 0;
        for (int i = first + 1; i < index && before < AlertRule.values().length; i++) {
            before += BankSideGenerator.isProspect(settings.seed(), i) ? 0 : 1;
        }
        return before < AlertRule.values().length ? AlertRule.values()[before] : null;
    }

    record Planting(Account account, AccountLink link, List<Transaction> transactions, PlantedCase truth) {
    }

    /**
     * Plants customer {@code index}'s typology; null when none is planted or it does not fit (no income or capital
     * to exceed for PROFILE_MISMATCH).
     *
     * @param existing the customer's generated transactions, so that a planted in-and-out day carries no other credit
     */
    static Planting plant(GeneratorSettings settings, int index, Profile profile, List<Transaction> existing) {
        AlertRule rule = typology(settings, index);
        if (rule == null) {
            return null;
        }
        String number = String.format("%06d", index + 1);
        Book book = new Book(new Draw(Draw.streamSeed(settings.seed() ^ SALT, index)), "A" + number + "90",
                settings.endDate());
        LocalDate end = settings.endDate();
        LocalDate base = end.minusDays(book.draw.between(40, 300));
        PlantedCase truth = switch (rule) {
            case LARGE_CASH -> largeCash(book, base, profile);
            case STRUCTURING -> structuring(book, base, profile);
            case PROFILE_MISMATCH -> profileMismatch(book, end.minusDays(book.draw.between(40, 200)), profile);
            case DORMANT_REACTIVATION -> dormant(book, profile);
            case RAPID_IN_OUT -> rapidInOut(book, end.minusDays(book.draw.between(60, 300)), profile, existing);
            case MANY_COUNTERPARTIES -> manyCounterparties(book, base, profile);
        };
        if (truth == null) {
            return null;
        }
        Account account = new Account(book.accountId, profile.branch(), book.opened, null, "MONTHLY");
        AccountLink link = new AccountLink("L" + number + "90", profile.customerId(), book.accountId, AccountLink.Role.OWNER);
        return new Planting(account, link, book.transactions(), truth);
    }

    /** One cash deposit of 55,000–150,000, moved on by transfer a week or two later. */
    private static PlantedCase largeCash(Book b, LocalDate day, Profile p) {
        b.open(day.minusDays(b.draw.between(5, 20)));
        long amount = b.hundreds(55_000, 150_000);
        b.post(day, Direction.CREDIT, "CASH_DEPOSIT", "CASH", amount, false, false);
        b.post(b.notAfterEnd(day.plusDays(b.draw.between(5, 15))), Direction.DEBIT, "TRANSFER_OUT", "TRANSFER", amount, true, false);
        return new PlantedCase(p.customerId(), AlertRule.LARGE_CASH, day, day);
    }

    /** Three or four cash deposits of 40,500–49,800 on different days within nine days, then moved on. */
    private static PlantedCase structuring(Book b, LocalDate day, Profile p) {
        b.open(day.minusDays(b.draw.between(5, 20)));
        int count = b.draw.between(3, 4);
        Set<Integer> offsets = new java.util.TreeSet<>();
        offsets.add(0);
        while (offsets.size() < count) {
            offsets.add(b.draw.between(1, 8));
        }
        long total = 0;
        LocalDate last = day;
        for (int offset : offsets) {
            long amount = b.hundreds(40_500, 49_800);
            total += amount;
            last = day.plusDays(offset);
            b.post(last, Direction.CREDIT, "CASH_DEPOSIT", "CASH", amount, false, false);
        }
        b.post(b.notAfterEnd(last.plusDays(b.draw.between(3, 10))), Direction.DEBIT, "TRANSFER_OUT", "TRANSFER", total, true, false);
        return new PlantedCase(p.customerId(), AlertRule.STRUCTURING, day, last);
    }

    /**
     * Transfers in over four months worth 3.5–5 × the declared income (an individual) or 5.5–7 × the registered
     * capital (a company), each mostly moved on a week or two later.
     */
    private static PlantedCase profileMismatch(Book b, LocalDate last, Profile p) {
        BigDecimal measure = p.typeOrIndividual() == CustomerType.CORPORATE
                ? (p.corporate() == null ? null : p.corporate().registeredCapital())
                : (p.income() == null ? null : p.income().total());
        if (measure == null || measure.signum() <= 0) {
            return null;
        }
        double multiple = p.typeOrIndividual() == CustomerType.CORPORATE ? b.draw.uniform(5.5, 7) : b.draw.uniform(3.5, 5);
        long totalCents = Math.round(measure.doubleValue() * multiple * 100);
        int count = b.draw.between(4, 8);
        LocalDate first = last.minusDays(120);
        b.open(first.minusDays(b.draw.between(5, 20)));
        long each = totalCents / count / 10_000 * 10_000 + 10_000;
        for (int i = 0; i < count; i++) {
            LocalDate day = i == 0 ? first : i == count - 1 ? last : first.plusDays(b.draw.between(1, 119));
            b.postCents(day, Direction.CREDIT, "TRANSFER_IN", "TRANSFER", each, true, false);
            b.postCents(b.notAfterEnd(day.plusDays(b.draw.between(5, 12))), Direction.DEBIT, "TRANSFER_OUT", "TRANSFER",
                    each / 100 * 90, true, false);
        }
        return new PlantedCase(p.customerId(), AlertRule.PROFILE_MISMATCH, first, last);
    }

    /** An account idle for 190–240 days after its opening deposit, then 110,000–400,000 in within 25 days. */
    private static PlantedCase dormant(Book b, Profile p) {
        LocalDate reactivated = b.end.minusDays(b.draw.between(30, 100));
        b.open(reactivated.minusDays(b.draw.between(190, 240)));
        int count = b.draw.between(1, 3);
        long total = b.hundreds(110_000, 400_000);
        LocalDate last = reactivated;
        for (int i = 0; i < count; i++) {
            LocalDate day = i == 0 ? reactivated : reactivated.plusDays(b.draw.between(1, 25));
            last = day.isAfter(last) ? day : last;
            b.post(day, Direction.CREDIT, "TRANSFER_IN", "TRANSFER", i == count - 1 ? total - total / count * (count - 1)
                    : total / count, true, false);
        }
        return new PlantedCase(p.customerId(), AlertRule.DORMANT_REACTIVATION, reactivated, last);
    }

    /**
     * Three to five days, three to eight days apart, each receiving 60,000–300,000 and paying 92–99 % of it abroad
     * the same day or the next. A day on which the customer has other credits is skipped, so that the day's credits
     * are the planted ones; what would end after the end date is not planted.
     */
    private static PlantedCase rapidInOut(Book b, LocalDate day, Profile p, List<Transaction> existing) {
        Set<LocalDate> busy = new HashSet<>();
        for (Transaction t : existing) {
            if (t.direction() == Direction.CREDIT) {
                busy.add(t.date());
            }
        }
        b.open(day.minusDays(b.draw.between(5, 20)));
        int count = b.draw.between(3, 5);
        LocalDate first = null;
        LocalDate last = day;
        LocalDate next = day;
        int planted = 0;
        for (int i = 0; i < count; i++) {
            while (busy.contains(next) || busy.contains(next.plusDays(1))) {
                next = next.plusDays(1);
            }
            if (next.plusDays(1).isAfter(b.end)) {
                break;
            }
            long in = b.hundreds(60_000, 300_000);
            long out = Math.round(in * b.draw.uniform(0.92, 0.99) / 100) * 100;
            LocalDate outDay = next.plusDays(b.draw.between(0, 1));
            b.post(next, Direction.CREDIT, "TRANSFER_IN", "TRANSFER", in, true, false);
            b.post(outDay, Direction.DEBIT, "TRANSFER_OUT", "TRANSFER", out, true, true);
            first = first == null ? next : first;
            last = outDay;
            planted++;
            next = next.plusDays(b.draw.between(3, 8));
        }
        return planted < 3 ? null : new PlantedCase(p.customerId(), AlertRule.RAPID_IN_OUT, first, last);
    }

    /** 22–30 payers, each a different account, paying in 300–3,000 within 25 days; then all of it moved on. */
    private static PlantedCase manyCounterparties(Book b, LocalDate day, Profile p) {
        b.open(day.minusDays(b.draw.between(5, 20)));
        int count = b.draw.between(22, 30);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(day.plusDays(i == 0 ? 0 : b.draw.between(0, 24)));
        }
        days.sort(null);
        long total = 0;
        for (int i = 0; i < count; i++) {
            long amount = b.hundreds(300, 3_000);
            total += amount;
            b.payer(days.get(i), amount, i);
        }
        LocalDate last = days.get(count - 1);
        b.post(b.notAfterEnd(last.plusDays(2)), Direction.DEBIT, "TRANSFER_OUT", "TRANSFER", total, true, false);
        return new PlantedCase(p.customerId(), AlertRule.MANY_COUNTERPARTIES, day, last);
    }

    /**
     * The planted account's postings: planned in any order, then booked in date order (a day's postings in the order
     * planned) with their running balance and sequence.
     */
    private static final class Book {
        final Draw draw;
        final String accountId;
        final LocalDate end;
        private final List<Planned> planned = new ArrayList<>();
        LocalDate opened;

        private record Planned(LocalDate day, Direction direction, String operation, String category, long cents,
                               String bank, String account, boolean abroad) {
        }

        Book(Draw draw, String accountId, LocalDate end) {
            this.draw = draw;
            this.accountId = accountId;
            this.end = end;
        }

        /** Opens the account with a small cash deposit. */
        void open(LocalDate day) {
            opened = day;
            postCents(day, Direction.CREDIT, "CASH_DEPOSIT", "OPENING_DEPOSIT", draw.between(2, 20) * 10_000L, false, false);
        }

        long hundreds(long low, long high) {
            return draw.between((int) (low / 100), (int) (high / 100)) * 100L;
        }

        LocalDate notAfterEnd(LocalDate day) {
            return day.isAfter(end) ? end : day;
        }

        void post(LocalDate day, Direction direction, String operation, String category, long yuan, boolean counterparty,
                  boolean abroad) {
            postCents(day, direction, operation, category, yuan * 100, counterparty, abroad);
        }

        void postCents(LocalDate day, Direction direction, String operation, String category, long cents,
                       boolean counterparty, boolean abroad) {
            String bank = !counterparty ? null : abroad ? draw.pick(FOREIGN_BANKS) : draw.pick(BANKS);
            planned.add(new Planned(day, direction, operation, category, cents, bank,
                    counterparty ? "62" + draw.digits(17) : null, abroad));
        }

        /** A payer of its own: account number i is never another payer's. */
        void payer(LocalDate day, long yuan, int i) {
            planned.add(new Planned(day, Direction.CREDIT, "TRANSFER_IN", "TRANSFER", yuan * 100, draw.pick(BANKS),
                    "62" + draw.digits(13) + String.format("%04d", i), false));
        }

        List<Transaction> transactions() {
            List<Planned> inOrder = new ArrayList<>(planned);
            inOrder.sort(java.util.Comparator.comparing(Planned::day));
            List<Transaction> booked = new ArrayList<>(inOrder.size());
            long balance = 0;
            long sequence = 0;
            for (Planned p : inOrder) {
                balance += p.direction() == Direction.CREDIT ? p.cents() : -p.cents();
                sequence++;
                booked.add(new Transaction(accountId + "-" + sequence, sequence, accountId, p.day(), p.direction(),
                        p.operation(), Amounts.ofCents(p.cents()), Amounts.ofCents(balance), p.category(), p.bank(),
                        p.account(), AccountHistory.channel(p.operation()), p.abroad()));
            }
            return booked;
        }
    }
}

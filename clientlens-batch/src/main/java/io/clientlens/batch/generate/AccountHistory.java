package io.clientlens.batch.generate;

import io.clientlens.bank.Account;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.bank.Transaction.Direction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Simulates one account's postings over the history window, month by month: pay and regular
 * transfers, bursty everyday spending, cash withdrawals, and the bank's month-end postings
 * (INTEREST, sometimes FEE, rarely PENALTY_INTEREST). The balance drifts back towards the
 * account's target, as people move surplus money out and top up when short.
 */
final class AccountHistory {
    static final String INTEREST = "INTEREST";
    static final String FEE = "FEE";
    static final String PENALTY_INTEREST = "PENALTY_INTEREST";

    private static final List<String> OTHER_BANKS = List.of("中国工商银行", "中国建设银行", "中国农业银行", "中国银行",
            "交通银行", "招商银行", "中国邮政储蓄银行", "兴业银行", "浦发银行", "中信银行");
    private static final long OVERDRAFT_LIMIT = -200_000;

    private final Draw draw;
    private final AccountPlan plan;
    private final Flows flows;
    private final Activity activity;
    private final double ratePerMonth;
    private final boolean regularFlowsHere;
    private final int postingMonths;
    private final List<Transaction> transactions = new ArrayList<>();
    private long balance;
    private long sequence;

    private record Planned(LocalDate date, Direction direction, String operation, String category, long cents,
                           boolean required, boolean counterparty) {
    }

    /**
     * {@code regularFlowsHere}: the customer's pay and regular transfers go through this bank (the
     * primary account carries them); {@code settings} give the rate and how often the bank posts.
     */
    AccountHistory(Draw draw, AccountPlan plan, Flows flows, Activity activity, GeneratorSettings settings,
                   boolean regularFlowsHere) {
        this.draw = draw;
        this.plan = plan;
        this.flows = flows;
        this.activity = activity;
        this.regularFlowsHere = regularFlowsHere;
        this.postingMonths = settings.bankPostingMonths();
        double averagePerMonth = settings.averageTransactionsPerAccountPerMonth();
        // Very active customers use the primary account at least 16 times a month; in the
        // low-activity mode that floor shrinks with the asked rate, or it alone would exceed the target.
        double veryActiveFloor = settings.lowActivity()
                ? 16 * Math.min(1, averagePerMonth / GeneratorSettings.DEFAULT_TRANSACTIONS_PER_ACCOUNT_PER_MONTH)
                : 16;
        double roleShare = switch (plan.role()) {
            case PRIMARY -> 0.75;
            case SECONDARY -> 0.55;
            case SAVINGS -> 0.05;
        };
        double rate = averagePerMonth * roleShare * activity.rateFactor();
        this.ratePerMonth = activity.level() == Activity.Level.VERY_ACTIVE && plan.role() == AccountPlan.Role.PRIMARY
                ? Math.max(rate, veryActiveFloor) : rate;
    }

    /** The account's postings from {@code windowStart} to {@code windowEnd}, in date order. */
    List<Transaction> simulate(LocalDate windowStart, LocalDate windowEnd) {
        Account account = plan.account();
        LocalDate from = account.opened().isAfter(windowStart) ? account.opened() : windowStart;
        LocalDate to = account.closed() != null && account.closed().isBefore(windowEnd) ? account.closed() : windowEnd;
        if (from.isAfter(to)) {
            return List.of();
        }
        if (account.opened().isBefore(windowStart)) {
            balance = Math.round(plan.targetBalanceCents() * draw.uniform(0.85, 1.15));
        } else {
            long deposit = Math.max(10_000, Math.round(plan.targetBalanceCents() * draw.uniform(0.5, 1.0)) / 100 * 100);
            post(new Planned(from, Direction.CREDIT, "CASH_DEPOSIT", "OPENING_DEPOSIT", deposit, false, false));
        }
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            simulateMonth(month, from, to);
        }
        if (account.closed() != null && !account.closed().isAfter(windowEnd)) {
            close(account.closed());
        }
        return transactions;
    }

    private void simulateMonth(YearMonth month, LocalDate from, LocalDate to) {
        List<Planned> planned = new ArrayList<>();
        if (plan.role() == AccountPlan.Role.PRIMARY && regularFlowsHere) {
            regular(month, planned);
        }
        discretionary(month, planned);
        planned.sort(Comparator.comparing(Planned::date));
        LocalDate rebalanceDay = month.atDay(28);
        boolean rebalanced = false;
        for (Planned p : planned) {
            if (!rebalanced && p.date().isAfter(rebalanceDay)) {
                rebalanced = rebalanceIfActive(rebalanceDay, from, to);
            }
            if (!p.date().isBefore(from) && !p.date().isAfter(to) && activity.activeOn(p.date())) {
                post(p);
            }
        }
        if (!rebalanced) {
            rebalanceIfActive(rebalanceDay, from, to);
        }
        LocalDate monthEnd = month.atEndOfMonth();
        if (month.getMonthValue() % postingMonths == 0 && !monthEnd.isAfter(to)
                && (plan.account().closed() == null || monthEnd.isBefore(plan.account().closed()))) {
            bankPostings(monthEnd);
        }
    }

    /** Pay, pension or business takings in; housing, family support, premiums, schooling and loan instalments out. */
    private void regular(YearMonth month, List<Planned> planned) {
        LocalDate payday = month.atDay(Math.min(flows.payday(), month.lengthOfMonth()));
        if (flows.salary() > 0) {
            long pay = vary(flows.salary(), 0.03);
            if (flows.yearEndBonus() && month.getMonthValue() == 1) {
                pay += vary(flows.salary() * 2, 0.5);
            }
            planned.add(credit(payday, "TRANSFER_IN", "SALARY", pay, true));
        }
        if (flows.pension() > 0) {
            planned.add(credit(payday, "TRANSFER_IN", "PENSION", flows.pension(), false));
        }
        if (flows.business() > 0) {
            for (int i = draw.between(flows.corporate() ? 4 : 1, flows.corporate() ? 10 : 4), n = i; i > 0; i--) {
                planned.add(credit(anyDay(month), "TRANSFER_IN", "BUSINESS_INCOME",
                        vary(flows.business() / n, 0.5), true));
            }
        }
        if (flows.otherIncome() > 0 && draw.chance(0.7)) {
            planned.add(credit(anyDay(month), "TRANSFER_IN", "SERVICE_INCOME", vary(flows.otherIncome(), 0.4), true));
        }
        if (flows.corporate()) {
            planned.add(debit(payday, "TRANSFER_OUT", "PAYROLL", vary(flows.business() / 4, 0.1), true, false));
            planned.add(debit(month.atDay(15), "AUTO_DEBIT", "TAX", vary(flows.business() / 20, 0.3), true, false));
            return;
        }
        monthlyTransfer(planned, month.atDay(draw.between(1, 5)), "HOUSING", flows.housing());
        monthlyTransfer(planned, month.atDay(draw.between(1, 10)), "FAMILY_SUPPORT", flows.parentsSupport());
        if (flows.annualPremium() > 0 && month.getMonthValue() == flows.premiumMonth()) {
            planned.add(debit(month.atDay(draw.between(1, 28)), "AUTO_DEBIT", "INSURANCE_PREMIUM",
                    flows.annualPremium(), true, false));
        }
        if (flows.annualEducation() > 0 && (month.getMonthValue() == 2 || month.getMonthValue() == 9)) {
            planned.add(debit(month.atDay(draw.between(1, 20)), "TRANSFER_OUT", "EDUCATION",
                    vary(flows.annualEducation() / 2, 0.2), true, true));
        }
        Loan loan = plan.loan();
        if (loan != null) {
            LocalDate due = month.atDay(Math.min(loan.granted().getDayOfMonth(), month.lengthOfMonth()));
            long instalment = ChronoUnit.MONTHS.between(loan.granted(), due);
            if (instalment >= 1 && instalment <= loan.durationMonths()) {
                planned.add(debit(due, "AUTO_DEBIT", "LOAN_REPAYMENT", Amounts.cents(loan.monthlyPayment()), true,
                        false));
            }
        }
    }

    private void monthlyTransfer(List<Planned> planned, LocalDate day, String category, long cents) {
        if (cents > 0) {
            planned.add(debit(day, "TRANSFER_OUT", category, vary(cents, 0.05), true, true));
        }
    }

    /** Everyday payments and withdrawals, clustered around a few busy days of the month. */
    private void discretionary(YearMonth month, List<Planned> planned) {
        int count = draw.poisson(ratePerMonth);
        if (count == 0) {
            return;
        }
        long budget = plan.role() == AccountPlan.Role.SECONDARY ? flows.spending() / 3
                : plan.role() == AccountPlan.Role.SAVINGS ? plan.targetBalanceCents() / 20 : flows.spending();
        double median = Math.max(2_000, budget / Math.max(1.0, ratePerMonth) / 1.6);
        int[] busyDays = {draw.between(1, month.lengthOfMonth()), draw.between(1, month.lengthOfMonth())};
        for (int i = 0; i < count; i++) {
            LocalDate day = draw.chance(0.6)
                    ? month.atDay(Math.max(1, Math.min(month.lengthOfMonth(), busyDays[i % 2] + draw.between(-1, 1))))
                    : anyDay(month);
            planned.add(everyday(day, Math.max(100, Math.round(draw.logNormal(median, 0.95)))));
        }
    }

    private Planned everyday(LocalDate day, long cents) {
        double u = draw.uniform(0, 1);
        if (flows.corporate()) {
            return u < 0.85 ? debit(day, "TRANSFER_OUT", "SUPPLIER", cents, false, true)
                    : credit(day, "TRANSFER_IN", "BUSINESS_INCOME", cents, true);
        }
        if (u < 0.12) {
            return debit(day, "CASH_WITHDRAWAL", "CASH", Math.max(10_000, cents / 10_000 * 10_000), false, false);
        }
        if (u < 0.2) {
            return credit(day, "TRANSFER_IN", "TRANSFER", cents, true);
        }
        if (u < 0.32) {
            return debit(day, "TRANSFER_OUT", "TRANSFER", cents, false, true);
        }
        if (u < 0.62 && plan.debitCard()) {
            return debit(day, "CARD_PAYMENT", "CONSUMPTION", cents, false, false);
        }
        return debit(day, "QUICK_PAYMENT", "CONSUMPTION", cents, false, false);
    }

    /** Rebalances on day 28 when the account is open then and the customer active; always counts as done. */
    private boolean rebalanceIfActive(LocalDate day, LocalDate from, LocalDate to) {
        if (!day.isBefore(from) && !day.isAfter(to) && activity.activeOn(day)) {
            rebalance(day);
        }
        return true;
    }

    /** Surplus moves out (to savings elsewhere or products); a short account is topped up from elsewhere. */
    private void rebalance(LocalDate day) {
        long target = plan.targetBalanceCents();
        if (balance > target * 3 / 2 + 500_000) {
            post(debit(day, "TRANSFER_OUT", "SAVINGS", (balance - target) / 10_000 * 10_000, false, true));
        } else if (plan.role() != AccountPlan.Role.SAVINGS && balance < target / 2) {
            post(credit(day, "TRANSFER_IN", "TRANSFER", (target - balance) / 10_000 * 10_000 + 10_000, true));
        }
    }

    /** Interest and the SMS fee for the months since the last posting (1 or 3), at the month end. */
    private void bankPostings(LocalDate monthEnd) {
        double annualRate = plan.role() == AccountPlan.Role.SAVINGS ? 0.015 : 0.002;
        long interest = Math.round(balance * annualRate * postingMonths / 12);
        if (interest > 0) {
            post(credit(monthEnd, "BANK_POSTING", INTEREST, interest, false));
        }
        long fee = 200L * postingMonths;
        if (plan.smsFee() && balance >= fee) {
            post(debit(monthEnd, "BANK_POSTING", FEE, fee, false, false));
        }
        if (balance < 0) {
            post(debit(monthEnd, "BANK_POSTING", PENALTY_INTEREST, Math.max(1, -balance * 15 / 1000), false, false));
        } else if (plan.loan() != null && draw.chance(0.01)) {
            post(debit(monthEnd, "BANK_POSTING", PENALTY_INTEREST, draw.between(500, 5_000), false, false));
        }
    }

    /** The customer takes out what is left when the account is closed. */
    private void close(LocalDate closed) {
        if (balance > 0) {
            post(debit(closed, "TRANSFER_OUT", "ACCOUNT_CLOSING", balance, true, true));
        } else if (balance < 0) {
            post(credit(closed, "TRANSFER_IN", "ACCOUNT_CLOSING", -balance, true));
        }
    }

    private Planned credit(LocalDate day, String operation, String category, long cents, boolean counterparty) {
        return new Planned(day, Direction.CREDIT, operation, category, cents, false, counterparty);
    }

    private Planned debit(LocalDate day, String operation, String category, long cents, boolean required,
                          boolean counterparty) {
        return new Planned(day, Direction.DEBIT, operation, category, cents, required, counterparty);
    }

    /** Books a posting; everyday payments need funds (rarely a small overdraft), required ones are topped up first. */
    private void post(Planned p) {
        long cents = p.cents();
        if (cents <= 0) {
            return;
        }
        if (p.direction() == Direction.DEBIT && !isBankPosting(p) && balance - cents < 0) {
            if (p.required()) {
                long shortfall = (cents - balance) / 100_000 * 100_000 + 100_000;
                book(credit(p.date(), "TRANSFER_IN", "TRANSFER", shortfall, true), shortfall);
            } else if (!(draw.chance(0.03) && balance - cents >= OVERDRAFT_LIMIT)) {
                if (balance < 1_000) {
                    return;
                }
                cents = balance;
            }
        }
        book(p, cents);
    }

    private void book(Planned p, long cents) {
        balance += p.direction() == Direction.CREDIT ? cents : -cents;
        sequence++;
        String bank = p.counterparty() ? draw.pick(OTHER_BANKS) : null;
        String counterpartyAccount = p.counterparty() ? "62" + draw.digits(17) : null;
        transactions.add(new Transaction(plan.account().accountId() + "-" + sequence, sequence,
                plan.account().accountId(), p.date(), p.direction(), p.operation(), Amounts.ofCents(cents),
                Amounts.ofCents(balance), p.category(), bank, counterpartyAccount, channel(p.operation()), false));
    }

    /** The channel of each operation the generator writes (docs/generic-layout.md); bank postings have none. */
    static Transaction.Channel channel(String operation) {
        return switch (operation) {
            case "CASH_DEPOSIT", "CASH_WITHDRAWAL" -> Transaction.Channel.CASH;
            case "CARD_PAYMENT" -> Transaction.Channel.CARD;
            case "TRANSFER_IN", "TRANSFER_OUT", "QUICK_PAYMENT", "AUTO_DEBIT" -> Transaction.Channel.TRANSFER;
            default -> null;
        };
    }

    private static boolean isBankPosting(Planned p) {
        return p.operation().equals("BANK_POSTING");
    }

    private long vary(long cents, double spread) {
        return Math.max(0, Math.round(cents * draw.uniform(1 - spread, 1 + spread)));
    }

    private LocalDate anyDay(YearMonth month) {
        return month.atDay(draw.between(1, month.lengthOfMonth()));
    }
}

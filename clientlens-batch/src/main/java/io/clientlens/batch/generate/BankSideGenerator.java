package io.clientlens.batch.generate;

import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.customer.Assets;
import io.clientlens.customer.FactGroup;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.FactSource.Channel;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a customer's accounts, links, loans, cards and product holdings so that they agree with
 * the profile: deposits at the bank are a share of the profile's deposits, the rest is recorded
 * as held elsewhere; a mortgage granted by the bank is the profile's mortgage.
 */
final class BankSideGenerator {
    private static final double PROSPECT_SHARE = 0.05;
    // Above the 15 % aimed at, because borrowers and recent openers cannot be dormant.
    private static final double DORMANT_SHARE = 0.19;

    private final Draw draw;
    private final LocalDate asOf;
    private final String number;

    /** {@code number} is the customer's index as digits, used in every id so ids never collide. */
    BankSideGenerator(Draw draw, LocalDate asOf, String number) {
        this.draw = draw;
        this.asOf = asOf;
        this.number = number;
    }

    /** Whether customer {@code index} of a run is a prospect: decided apart from its other data, so others can ask. */
    static boolean isProspect(long runSeed, int index) {
        return new Draw(Draw.streamSeed(runSeed ^ 0x5EEDF00DL, index)).chance(PROSPECT_SHARE);
    }

    BankRelationship prospect(ProfileDraft draft) {
        Profile profile = draft.profile();
        LocalDate met = draw.dateBetween(asOf.minusYears(1), asOf.minusDays(1));
        BigDecimal elsewhere = profile.assets() == null ? null : profile.assets().financial();
        Profile completed = profile.toBuilder()
                .financialAssetsElsewhere(draw.chance(0.8) ? elsewhere : null)
                .sources(sources(profile, Channel.INTERVIEW, met, met, Channel.INTERVIEW))
                .build();
        return new BankRelationship(completed, List.of(), List.of(), List.of(), List.of(), List.of(),
                new Activity(Activity.Level.DORMANT, 0, null));
    }

    BankRelationship customer(ProfileDraft draft, String authorisedUserId) {
        Profile profile = draft.profile();
        boolean mortgageHere = draft.mortgage() != null && draw.chance(0.5);
        LocalDate firstOpened = firstOpened(profile, mortgageHere ? draft.mortgage().granted() : null);
        boolean churned = !mortgageHere && draw.chance(0.03);
        Assets assets = profile.assets();
        double depositShare = draw.chance(0.4) ? 1 : draw.uniform(0.3, 1);
        List<AccountPlan> accounts = accounts(profile, firstOpened, churned, assets, depositShare);

        List<Loan> loans = new ArrayList<>();
        if (mortgageHere) {
            MortgagePlan mortgage = draft.mortgage();
            loans.add(new Loan("LN" + number + "01", accounts.get(0).account().accountId(), mortgage.granted(),
                    mortgage.amount(), mortgage.durationMonths(), mortgage.monthlyPayment(), "C"));
            accounts.set(0, accounts.get(0).withLoan(loans.get(0)));
        } else if (!churned && firstOpened.isBefore(asOf.minusMonths(62)) && draw.chance(0.04)) {
            loans.add(repaidLoan(accounts.get(0).account()));
        }
        List<AccountLink> links = links(profile.customerId(), accounts, authorisedUserId);
        List<Card> cards = cards(accounts, links);
        for (Card card : cards) {
            if (card.cardType().equals("DEBIT")) {
                int at = indexOfLink(links, card.linkId());
                accounts.set(at, accounts.get(at).withDebitCard());
            }
        }
        List<Holding> holdings = churned ? List.of() : holdings(profile, firstOpened);
        LocalDate lastOpened = accounts.get(accounts.size() - 1).account().opened();
        Activity activity = activity(mortgageHere, lastOpened);

        long atBank = accounts.stream().filter(a -> a.account().closed() == null)
                .mapToLong(AccountPlan::targetBalanceCents).sum()
                + holdings.stream().filter(h -> h.closed() == null && !h.productType().equals("INSURANCE"))
                .mapToLong(h -> Amounts.cents(h.amount())).sum();
        BigDecimal elsewhere = assets.financial().subtract(Amounts.ofCents(atBank)).max(BigDecimal.ZERO);
        Profile completed = profile.toBuilder()
                .financialAssetsElsewhere(draw.chance(0.5) ? Amounts.rounded(elsewhere.doubleValue(), 1000) : null)
                .sources(sources(profile, Channel.ACCOUNT_OPENING, firstOpened, surveyDate(firstOpened),
                        draw.chance(0.6) ? Channel.QUESTIONNAIRE : Channel.INTERVIEW))
                .build();
        return new BankRelationship(completed, accounts, links, loans, cards, holdings, activity);
    }

    /** About one in eight joined in the last year; the rest over the last ten, never before age 18. */
    private LocalDate firstOpened(Profile profile, LocalDate mortgageGranted) {
        int tenureDays = draw.chance(0.12) ? draw.between(0, 364) : draw.between(365, 3650);
        LocalDate opened = asOf.minusDays(tenureDays);
        if (profile.birthDate() != null) {
            opened = maxDate(opened, profile.birthDate().plusYears(18));
        }
        if (mortgageGranted != null && opened.isAfter(mortgageGranted)) {
            opened = mortgageGranted.minusDays(draw.between(0, 60));
        }
        return opened;
    }

    private List<AccountPlan> accounts(Profile profile, LocalDate firstOpened, boolean churned, Assets assets,
                                       double depositShare) {
        int count = draw.pick(Weighted.of(List.of(1, 2, 3), 55, 32, 13));
        List<LocalDate> openings = new ArrayList<>(List.of(firstOpened));
        for (int i = 1; i < count; i++) {
            openings.add(draw.dateBetween(firstOpened, asOf));
        }
        openings.sort(Comparator.naturalOrder());
        LocalDate churnedOn = churned ? draw.dateBetween(openings.get(count - 1), asOf.minusDays(30)) : null;

        List<AccountPlan> plans = new ArrayList<>();
        boolean hasSavings = false;
        for (int i = 0; i < count; i++) {
            AccountPlan.Role role = i == 0 ? AccountPlan.Role.PRIMARY
                    : !hasSavings && draw.chance(0.6) ? AccountPlan.Role.SAVINGS : AccountPlan.Role.SECONDARY;
            hasSavings |= role == AccountPlan.Role.SAVINGS;
            LocalDate opened = openings.get(i);
            LocalDate closed = churnedOn != null && !churnedOn.isBefore(opened) ? churnedOn
                    : i > 0 && draw.chance(0.08) && opened.isBefore(asOf.minusDays(31))
                    ? draw.dateBetween(opened.plusDays(30), asOf.minusDays(1)) : null;
            Account account = new Account("A" + number + twoDigits(i + 1), profile.branch(), opened, closed,
                    draw.chance(0.95) ? "MONTHLY" : "QUARTERLY");
            plans.add(new AccountPlan(account, role, 0, false, draw.chance(0.3), null));
        }
        return withTargets(plans, assets, depositShare, hasSavings);
    }

    /** Demand deposits go to the primary (and a secondary) account, time deposits to the savings account. */
    private List<AccountPlan> withTargets(List<AccountPlan> plans, Assets assets, double share, boolean hasSavings) {
        long cash = Math.round(Amounts.cents(assets.cash()) * share);
        long time = Math.round(Amounts.cents(assets.timeDeposits()) * share);
        long secondaryShare = plans.stream().anyMatch(p -> p.role() == AccountPlan.Role.SECONDARY) ? cash / 4 : 0;
        List<AccountPlan> result = new ArrayList<>();
        for (AccountPlan plan : plans) {
            long target = switch (plan.role()) {
                case PRIMARY -> cash - secondaryShare + (hasSavings ? 0 : time);
                case SAVINGS -> time;
                case SECONDARY -> secondaryShare;
            };
            result.add(new AccountPlan(plan.account(), plan.role(), Math.max(0, target), plan.debitCard(),
                    plan.smsFee(), plan.loan()));
        }
        return result;
    }

    private Loan repaidLoan(Account account) {
        LocalDate granted = draw.dateBetween(account.opened(), asOf.minusMonths(61));
        double amount = Amounts.value(Amounts.rounded(draw.uniform(50_000, 300_000), 10_000));
        return new Loan("LN" + number + "02", account.accountId(), granted, BigDecimal.valueOf((long) amount), 60,
                Amounts.rounded(Amounts.annuityPayment(amount, 0.05, 60), 1), "A");
    }

    private List<AccountLink> links(String customerId, List<AccountPlan> accounts, String authorisedUserId) {
        List<AccountLink> links = new ArrayList<>();
        for (AccountPlan plan : accounts) {
            links.add(new AccountLink("L" + number + twoDigits(links.size() + 1), customerId, plan.account().accountId(),
                    AccountLink.Role.OWNER));
        }
        for (AccountPlan plan : accounts) {
            if (authorisedUserId != null && draw.chance(0.05)) {
                links.add(new AccountLink("L" + number + twoDigits(links.size() + 1), authorisedUserId,
                        plan.account().accountId(), AccountLink.Role.AUTHORISED));
            }
        }
        return links;
    }

    private static String twoDigits(int n) {
        return String.format("%02d", n);
    }

    private static int indexOfLink(List<AccountLink> links, String linkId) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).linkId().equals(linkId)) {
                return i;
            }
        }
        throw new IllegalStateException("no link " + linkId);
    }

    /** Debit cards for about 60 % of customers, a credit card for some of them; numbers pass the Luhn check. */
    private List<Card> cards(List<AccountPlan> accounts, List<AccountLink> links) {
        if (!draw.chance(0.6)) {
            return List.of();
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            AccountPlan plan = accounts.get(i);
            if (plan.role() == AccountPlan.Role.SAVINGS || i > 0 && !draw.chance(0.3)) {
                continue;
            }
            LocalDate issued = minDate(plan.account().opened().plusDays(draw.between(0, 30)), asOf);
            cards.add(new Card(withLuhn("621799" + padded(10) + twoDigits(i + 1)), links.get(i).linkId(),
                    "DEBIT", issued));
        }
        if (draw.chance(0.4)) {
            LocalDate issued = draw.dateBetween(accounts.get(0).account().opened(), asOf);
            cards.add(new Card(withLuhn("625999" + padded(9)), links.get(0).linkId(), "CREDIT", issued));
        }
        return cards;
    }

    private String padded(int width) {
        return "0".repeat(Math.max(0, width - number.length())) + number;
    }

    static String withLuhn(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int d = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** Part of the profile's wealth products, funds, bonds and insurance is held at this bank, plus some matured products. */
    private List<Holding> holdings(Profile profile, LocalDate firstOpened) {
        Assets assets = profile.assets();
        List<String> history = profile.investmentHistory() == null ? List.of()
                : profile.investmentHistory().productTypes();
        List<Holding> holdings = new ArrayList<>();
        String wealthType = history.contains("WEALTH_NON_GUARANTEED") && draw.chance(0.7)
                ? "WEALTH_NON_GUARANTEED" : "WEALTH";
        addHoldings(holdings, profile, firstOpened, wealthType, "WM", assets.wealthProducts());
        addHoldings(holdings, profile, firstOpened, "FUND", "FD", assets.funds());
        addHoldings(holdings, profile, firstOpened, "BOND", "BD", assets.bonds());
        addHoldings(holdings, profile, firstOpened, "INSURANCE", "IN", assets.insuranceCashValue());
        if (!holdings.isEmpty() && draw.chance(0.3)) {
            LocalDate opened = draw.dateBetween(firstOpened, asOf.minusDays(200));
            LocalDate closed = minDate(opened.plusDays(draw.pick(List.of(91, 182, 365))), asOf.minusDays(1));
            Holding matured = holding(holdings.size(), profile.customerId(), "WEALTH", "WM", opened, closed,
                    Amounts.rounded(draw.uniform(50_000, 300_000), 1000));
            // it matured when it was redeemed (a recent first account can make that day fall before the purchase: no date then)
            holdings.add(withMaturity(matured, closed.isBefore(opened) ? null : closed));
        }
        return holdings;
    }

    private void addHoldings(List<Holding> holdings, Profile profile, LocalDate firstOpened, String type,
                             String prefix, BigDecimal total) {
        if (total == null || total.signum() == 0 || !draw.chance(0.75)) {
            return;
        }
        double atBank = Amounts.value(total) * draw.uniform(0.4, 1);
        int parts = draw.between(1, 3);
        for (int i = 0; i < parts; i++) {
            LocalDate opened = draw.dateBetween(maxDate(firstOpened, asOf.minusYears(5)), asOf);
            Holding held = holding(holdings.size(), profile.customerId(), type, prefix, opened, null,
                    Amounts.rounded(atBank / parts, 100));
            holdings.add(withMaturity(held, maturity(held)));
        }
    }

    private Holding holding(int existing, String customerId, String type, String prefix, LocalDate opened,
                            LocalDate closed, BigDecimal amount) {
        String productCode = prefix + opened.getYear() + String.format("%03d", draw.between(1, 120));
        return new Holding("H" + number + twoDigits(existing + 1), customerId, productCode, type, amount, opened, closed);
    }

    private static Holding withMaturity(Holding h, LocalDate maturity) {
        return new Holding(h.holdingId(), h.customerId(), h.productCode(), h.productType(), h.amount(), h.opened(), h.closed(),
                maturity);
    }

    /**
     * The maturity of a product still held that has a term (docs/generic-layout.md): wealth products run in periods
     * of 3, 6, 12 or 24 months and roll over until redeemed, so they mature at the end of the period running at the
     * end date; bonds run 1, 2, 3, 5 or 10 years, the first of those still running at the end date. Funds and
     * insurance have none. The term is drawn from a hash of what was drawn already (customer number, product code,
     * purchase date), not from the customer's stream, so every other generated value stays as it was.
     */
    private LocalDate maturity(Holding h) {
        boolean wealth = h.productType().startsWith("WEALTH");
        if (!wealth && !h.productType().equals("BOND")) {
            return null;
        }
        Draw terms = new Draw(Draw.mix(Draw.streamSeed(h.opened().toEpochDay(), Long.parseLong(number))
                ^ h.productCode().hashCode()));
        if (wealth) {
            int months = terms.pick(List.of(3, 6, 12, 24));
            long periods = 1;
            while (!h.opened().plusMonths(months * periods).isAfter(asOf)) {
                periods++;
            }
            return h.opened().plusMonths(months * periods);
        }
        List<Integer> years = List.of(1, 2, 3, 5, 10);
        for (int i = terms.between(0, years.size() - 1); i < years.size(); i++) {
            LocalDate end = h.opened().plusYears(years.get(i));
            if (end.isAfter(asOf)) {
                return end;
            }
        }
        return h.opened().plusYears(10).isAfter(asOf) ? h.opened().plusYears(10) : asOf.plusYears(1);
    }

    /**
     * About 15 % dormant for 6–18 months, a few very active. Borrowers keep paying and a new
     * account means a recent visit, so neither is dormant.
     */
    private Activity activity(boolean hasRunningLoan, LocalDate lastOpened) {
        double u = draw.uniform(0, 1);
        LocalDate dormantFrom = asOf.minusDays(draw.between(183, 540));
        if (u < DORMANT_SHARE && !hasRunningLoan && lastOpened.isBefore(dormantFrom)) {
            return new Activity(Activity.Level.DORMANT, draw.logNormal(0.7, 0.4), dormantFrom);
        }
        if (u > 0.94) {
            return new Activity(Activity.Level.VERY_ACTIVE, draw.uniform(3, 6), null);
        }
        return new Activity(Activity.Level.NORMAL, draw.logNormal(0.9, 0.5), null);
    }

    /** Where each group present in the profile came from: the opening forms, then questionnaires and interviews. */
    private Map<String, FactSource> sources(Profile profile, Channel basicChannel, LocalDate opened,
                                            LocalDate surveyed, Channel survey) {
        Map<String, FactSource> sources = new LinkedHashMap<>();
        for (FactGroup group : FactGroup.values()) {
            if (!group.isPresentIn(profile)) {
                continue;
            }
            boolean fromOpening = group.part() == FactGroup.Part.BASIC && group != FactGroup.FAMILY;
            FactSource source = fromOpening ? new FactSource(basicChannel, minDate(opened, asOf.minusDays(1)))
                    : new FactSource(group.part() == FactGroup.Part.GOALS && draw.chance(0.3) ? Channel.PHONE : survey,
                    surveyed);
            sources.put(group.key(), source);
        }
        return sources;
    }

    private static LocalDate maxDate(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate minDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Financial facts were last asked for in the last three years, before the end date. */
    private LocalDate surveyDate(LocalDate firstOpened) {
        LocalDate latest = asOf.minusDays(1);
        return minDate(draw.dateBetween(maxDate(firstOpened, asOf.minusYears(3)), latest), latest);
    }
}

package io.clientlens.batch.generate;

import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Transaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates a realistic Chinese retail-bank customer base: branches, then for each customer the
 * KYC profile, accounts, links, loans, cards, holdings, transactions (in date order) and
 * questionnaire assessments.
 *
 * <p>Customer {@code i} depends only on the seed and {@code i}, never on other customers, so the
 * output is the same however the work is split; {@link #customer(int)} makes one customer alone.
 */
public final class CustomerBaseGenerator {
    /** Every amount the generator makes is in yuan. */
    public static final String CURRENCY = "CNY";
    private static final double CORPORATE_SHARE = 0.03;
    private static final int AUTHORISED_CANDIDATE_TRIES = 3;

    private final GeneratorSettings settings;

    public CustomerBaseGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    public static List<Branch> branches() {
        return Branches.ALL.stream().map(BranchSite::branch).toList();
    }

    public void generate(BankDataSink sink) {
        generate(sink, planted -> { });
    }

    /** Generates the base; each typology planted for monitoring (docs/AML.md) also goes to {@code truth}. */
    public void generate(BankDataSink sink, java.util.function.Consumer<PlantedCase> truth) {
        sink.currency(CURRENCY);
        branches().forEach(sink::branch);
        for (int i = 0; i < settings.customers(); i++) {
            GeneratedCustomer customer = customer(i);
            customer.deliverTo(sink);
            customer.planted().forEach(truth);
        }
    }

    /**
     * Customer {@code index} (0-based; its id is {@code C} and index + 1 in six or more digits), with the
     * money-laundering typology planted in it if it is one of the planted customers ({@link PlantedTypologies}).
     */
    public GeneratedCustomer customer(int index) {
        GeneratedCustomer customer = baseCustomer(index);
        if (customer.isProspect()) {
            return customer;
        }
        PlantedTypologies.Planting planting = PlantedTypologies.plant(settings, index, customer.profile(),
                customer.transactions());
        if (planting == null) {
            return customer;
        }
        List<io.clientlens.bank.Account> accounts = new ArrayList<>(customer.accounts());
        accounts.add(planting.account());
        List<io.clientlens.bank.AccountLink> links = new ArrayList<>(customer.links());
        links.add(planting.link());
        List<Transaction> transactions = new ArrayList<>(customer.transactions());
        transactions.addAll(planting.transactions());
        transactions.sort(Comparator.comparing(Transaction::date)); // stable: each account keeps its order within a day
        return new GeneratedCustomer(customer.profile(), accounts, links, customer.loans(), customer.cards(),
                customer.holdings(), transactions, customer.assessments(), List.of(planting.truth()));
    }

    /** Customer {@code index} as generated, without any planted typology (what the pilot of {@link TransactionTarget} counts). */
    GeneratedCustomer baseCustomer(int index) {
        if (index < 0 || index >= settings.customers()) {
            throw new IndexOutOfBoundsException("customer index " + index + " outside 0.." + (settings.customers() - 1));
        }
        Draw draw = new Draw(Draw.streamSeed(settings.seed(), index));
        String number = String.format("%06d", index + 1);
        BranchSite site = draw.pick(Branches.BY_CUSTOMERS);
        ProfileDraft draft = draw.chance(CORPORATE_SHARE)
                ? new CorporateGenerator(draw, settings.endDate(), site).generate("C" + number)
                : new IndividualGenerator(draw, settings.endDate(), site).generate("C" + number);
        BankSideGenerator bank = new BankSideGenerator(draw, settings.endDate(), number);
        if (BankSideGenerator.isProspect(settings.seed(), index)) {
            BankRelationship prospect = bank.prospect(draft);
            return new GeneratedCustomer(prospect.profile(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
        BankRelationship relationship = bank.customer(draft, authorisedUser(index, draw));
        return new GeneratedCustomer(relationship.profile(),
                relationship.accounts().stream().map(AccountPlan::account).toList(),
                relationship.links(), relationship.loans(), relationship.cards(), relationship.holdings(),
                transactions(relationship, draw),
                new AssessmentGenerator(settings.seed(), index, settings.endDate(), number).assessments(relationship.profile()));
    }

    /** An earlier customer (already delivered) who is not a prospect, to be an authorised user; or null. */
    private String authorisedUser(int index, Draw draw) {
        for (int attempt = 0; attempt < AUTHORISED_CANDIDATE_TRIES && index > 0; attempt++) {
            int candidate = draw.between(Math.max(0, index - 1000), index - 1);
            if (!BankSideGenerator.isProspect(settings.seed(), candidate)) {
                return String.format("C%06d", candidate + 1);
            }
        }
        return null;
    }

    private List<Transaction> transactions(BankRelationship relationship, Draw draw) {
        Flows flows = Flows.of(relationship.profile(), draw);
        // Drawn only when some customers bank elsewhere, so the default mode keeps its bytes.
        boolean regularFlowsHere = settings.regularFlowShare() >= 1 || draw.chance(settings.regularFlowShare());
        List<Transaction> all = new ArrayList<>();
        for (AccountPlan plan : relationship.accounts()) {
            all.addAll(new AccountHistory(draw, plan, flows, relationship.activity(), settings, regularFlowsHere)
                    .simulate(settings.historyStart(), settings.endDate()));
        }
        // Stable: postings of one account keep their order within a day.
        all.sort(Comparator.comparing(Transaction::date));
        return all;
    }
}

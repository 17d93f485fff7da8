package io.clientlens.classify;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds CustomerFeatures for tests: an established, active mass customer unless told otherwise. */
final class CustomerFixture {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    private String id = "C1";
    private CustomerType type = CustomerType.INDIVIDUAL;
    private LocalDate birthDate = LocalDate.of(1985, 5, 1);
    private Gender gender = Gender.F;
    private String region = "北京市";
    private int linked = 1;
    private int open = 1;
    private Integer tenure = 1000;
    private BigDecimal aum = BigDecimal.valueOf(100_000);
    private BigDecimal loan = BigDecimal.ZERO;
    private BigDecimal fees = BigDecimal.ZERO;
    private BigDecimal imported;
    private int activity = 12;
    private BigDecimal amount = BigDecimal.valueOf(24_000);
    private Integer since = 10;
    private List<String> products = List.of("DEPOSIT");
    private long investmentDays;
    private int investmentPurchases;
    private Profile profile;
    private io.clientlens.aml.AmlActivity aml = io.clientlens.aml.AmlActivity.NONE;
    private AdvisoryRecords advisory = AdvisoryRecords.NONE;

    static CustomerFixture customer(String id) {
        CustomerFixture f = new CustomerFixture();
        f.id = id;
        return f;
    }

    static CustomerFixture prospect(String id) {
        CustomerFixture f = customer(id);
        f.linked = 0;
        f.open = 0;
        f.tenure = null;
        f.aum = BigDecimal.ZERO;
        f.activity = 0;
        f.amount = BigDecimal.ZERO;
        f.since = null;
        f.products = List.of();
        return f;
    }

    CustomerFixture type(CustomerType v) { type = v; return this; }
    CustomerFixture birthDate(LocalDate v) { birthDate = v; return this; }
    CustomerFixture ageAtAsOf(int years) { birthDate = AS_OF.minusYears(years); return this; }
    CustomerFixture accounts(int linkedCount, int openCount) { linked = linkedCount; open = openCount; return this; }
    CustomerFixture tenureDays(Integer v) { tenure = v; return this; }
    CustomerFixture aum(long v) { aum = BigDecimal.valueOf(v); return this; }
    CustomerFixture aum(BigDecimal v) { aum = v; return this; }
    CustomerFixture loanOutstanding(long v) { loan = BigDecimal.valueOf(v); return this; }
    CustomerFixture fees(long v) { fees = BigDecimal.valueOf(v); return this; }
    CustomerFixture importedContribution(long v) { imported = BigDecimal.valueOf(v); return this; }
    CustomerFixture activity(int count, long totalAmount, Integer daysSinceLast) {
        activity = count; amount = BigDecimal.valueOf(totalAmount); since = daysSinceLast; return this;
    }
    CustomerFixture lastActivityDaysAgo(Integer v) { since = v; return this; }
    CustomerFixture products(String... v) { products = List.of(v); return this; }
    CustomerFixture investmentsAtBank(long days, int purchases) { investmentDays = days; investmentPurchases = purchases; return this; }
    CustomerFixture profile(Profile v) { profile = v; return this; }
    CustomerFixture aml(io.clientlens.aml.AmlActivity v) { aml = v; return this; }
    CustomerFixture region(String v) { region = v; return this; }
    CustomerFixture advisory(AdvisoryRecords v) { advisory = v; return this; }

    CustomerFeatures build() {
        return new CustomerFeatures(id, type, birthDate, gender, region, linked, open, tenure, aum, BigDecimal.ZERO,
                loan, fees, imported, activity, amount, since, products, investmentDays, investmentPurchases, profile,
                aml, advisory);
    }
}

package io.clientlens.needs;

import io.clientlens.classify.Reason;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.clientlens.needs.NeedsFixture.AS_OF;
import static io.clientlens.needs.NeedsFixture.domainExample;
import static org.assertj.core.api.Assertions.assertThat;

/** A company has no household: no family finance, insurance or life-cycle analysis, and the outcome says why. */
class NotApplicableToCompaniesTest {

    @Test
    void aCompanyGetsNotApplicableWithTheReasonEvenWithExpensesOnFile() {
        // a company's operating costs recorded as "living" expenses must not become a family insurance need
        Profile company = domainExample().toBuilder().type(CustomerType.CORPORATE).name("福州某某有限公司")
                .expenses(new Expenses(new BigDecimal("19300000"), null, null, null, null, null)).build();
        NeedsOutcome outcome = new NeedsAnalyzer(NeedsFixture.policy()).analyze(company, AS_OF);
        assertThat(outcome).isEqualTo(new NeedsNotApplicable("C0001", AS_OF, "v1", new Reason("corporate",
                "企业客户不适用家庭财务分析", "Family financial analysis does not apply to corporate customers")));
    }

    @Test
    void anIndividualIsAnalysedAsBefore() {
        NeedsOutcome outcome = new NeedsAnalyzer(NeedsFixture.policy()).analyze(domainExample(), AS_OF);
        assertThat(outcome).isInstanceOf(NeedsAnalysis.class);
        assertThat(((NeedsAnalysis) outcome).ratios()).hasSize(6);
    }
}

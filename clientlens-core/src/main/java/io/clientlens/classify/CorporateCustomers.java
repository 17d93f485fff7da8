package io.clientlens.classify;

/**
 * What does not apply to corporate customers: family finance, insurance and life-cycle analysis
 * are about a household, which a company does not have (docs/NEEDS.md).
 */
public final class CorporateCustomers {
    /** The reason given wherever a family analysis is asked for a company (needs, life stage). */
    public static final Reason NO_FAMILY_ANALYSIS = new Reason("corporate", "企业客户不适用家庭财务分析",
            "Family financial analysis does not apply to corporate customers");

    private CorporateCustomers() {
    }
}

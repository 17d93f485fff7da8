package io.clientlens.app.support;

/** The profile document of docs/profile.schema.json (王小明), in branch BR001 with RM01, shared by the API and CLI tests. */
public final class ExampleProfiles {
    public static final String WANG = """
            {"customerId": "C0001", "type": "INDIVIDUAL", "name": "王小明", "branch": "BR001", "relationshipManager": "RM01",
             "residentId": "11010519491231002X", "mobile": "13800138000", "nationality": "CN",
             "region": "北京市", "occupation": "engineer", "industry": "IT", "maritalStatus": "MARRIED",
             "retired": false,
             "family": [{"relation": "SPOUSE", "birthDate": "1991-05-01", "annualIncome": 120000},
                        {"relation": "CHILD", "birthDate": "2018-09-01", "educationAnnualCost": 20000},
                        {"relation": "PARENT", "birthDate": "1960-01-01", "annualSupport": 12000}],
             "income": {"salary": 300000, "business": 0, "investment": 10000, "other": 0},
             "expenses": {"living": 96000, "housing": 24000, "education": 20000, "insurance": 10000,
                          "parentsSupport": 12000, "other": 6000},
             "assets": {"cash": 50000, "timeDeposits": 200000, "wealthProducts": 100000, "funds": 50000,
                        "stocks": 0, "bonds": 0, "preciousMetals": 0, "insuranceCashValue": 0,
                        "realEstate": 3000000, "vehicles": 150000, "businessEquity": 0},
             "liabilities": [{"kind": "MORTGAGE", "outstanding": 1500000, "monthlyPayment": 9000}],
             "insurance": {"lifeCover": 500000, "criticalIllnessCover": 300000, "medical": true,
                           "socialSecurityDeathBenefit": 50000, "pensionAnnual": 0},
             "investmentHistory": {"years": 3, "productTypes": ["FUND"], "purchases": 5},
             "goals": [{"type": "EDUCATION", "targetAmount": 500000, "targetDate": "2036-09-01", "priority": 1}]}
            """;

    /** A trading company's name: not personal data, shown in clear. */
    public static final String COMPANY_NAME = "福州闽江贸易有限公司";

    /**
     * A corporate customer (K0001, RM01 at BR001) whose operating costs were recorded as expenses
     * and whose assets are large: no family analysis, no high-end target. Its legal representative
     * and owner is a person.
     */
    public static final String COMPANY = """
            {"customerId": "K0001", "type": "CORPORATE", "name": "%s", "branch": "BR001", "relationshipManager": "RM01",
             "mobile": "13912345678", "nationality": "CN", "region": "福建省福州市", "industry": "TRADE",
             "income": {"salary": 0, "business": 26000000, "investment": 0, "other": 0},
             "expenses": {"living": 19300000, "housing": 800000, "other": 500000},
             "assets": {"cash": 3000000, "timeDeposits": 5000000, "realEstate": 20000000},
             "corporate": {"uscc": "91350100M000100Y43", "legalRepresentative": "陈一旭", "registeredCapital": 10000000,
                           "size": "SMALL", "beneficialOwners": [{"name": "陈一旭", "residentId": "11010519491231002X", "share": 1}]}}
            """.formatted(COMPANY_NAME);

    private ExampleProfiles() {
    }
}

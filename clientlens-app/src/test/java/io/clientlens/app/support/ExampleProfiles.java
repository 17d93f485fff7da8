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

    private ExampleProfiles() {
    }
}

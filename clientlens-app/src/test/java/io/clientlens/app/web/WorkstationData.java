package io.clientlens.app.web;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.classify.Progress;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.ProfileDocuments;

import java.time.LocalDate;

/**
 * Customers for the workstation pages: 王小明 (C0001, full profile, RM01 at BR001), 李静 (C0002, RM02
 * at BR001) and 120 short profiles C1000…C1119 of RM01, then one classification run.
 */
final class WorkstationData {
    static final String WANG = """
            {"customerId": "C0001", "type": "INDIVIDUAL", "name": "王小明", "branch": "BR001", "relationshipManager": "RM01",
             "residentId": "11010519491231002X", "mobile": "13800138000", "nationality": "CN",
             "region": "北京市", "occupation": "engineer", "industry": "IT", "maritalStatus": "MARRIED",
             "retired": false,
             "family": [{"relation": "SPOUSE", "birthDate": "1991-05-01", "annualIncome": 120000},
                        {"relation": "CHILD", "birthDate": "2018-09-01", "educationAnnualCost": 20000}],
             "income": {"salary": 300000, "business": 0, "investment": 10000, "other": 0},
             "expenses": {"living": 96000, "housing": 24000, "education": 20000, "insurance": 10000,
                          "parentsSupport": 12000, "other": 6000},
             "assets": {"cash": 50000, "timeDeposits": 200000, "wealthProducts": 100000, "funds": 50000,
                        "stocks": 0, "bonds": 0, "preciousMetals": 0, "insuranceCashValue": 0,
                        "realEstate": 3000000, "vehicles": 150000, "businessEquity": 0},
             "liabilities": [{"kind": "MORTGAGE", "outstanding": 1500000, "monthlyPayment": 9000}],
             "insurance": {"lifeCover": 500000, "criticalIllnessCover": 300000, "medical": true,
                           "socialSecurityDeathBenefit": 50000, "pensionAnnual": 0},
             "investmentHistory": {"years": 3, "productTypes": ["FUND"], "purchases": 5}}
            """;

    private WorkstationData() {
    }

    static void load(Customers customers, ClassificationRuns runs) {
        customers.save(ProfileDocuments.fromJson(WANG));
        customers.save(ProfileDocuments.fromJson("""
                {"customerId": "C0002", "type": "INDIVIDUAL", "name": "李静", "branch": "BR001", "relationshipManager": "RM02",
                 "mobile": "13900139000"}
                """));
        for (int i = 0; i < 120; i++) {
            customers.save(ProfileDocuments.fromJson("""
                    {"customerId": "C%d", "type": "INDIVIDUAL", "name": "赵%s", "branch": "BR001", "relationshipManager": "RM01"}
                    """.formatted(1000 + i, "一二三四五六七八九十".charAt(i % 10))));
        }
        runs.run(LocalDate.of(2026, 9, 30), Progress.NONE);
    }
}

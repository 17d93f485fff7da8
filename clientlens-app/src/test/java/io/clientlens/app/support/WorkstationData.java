package io.clientlens.app.support;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.profile.ProfileDocuments;

import java.time.LocalDate;

/**
 * Customers for the workstation pages: 王小明 (C0001, the §2.1 example, RM01 at BR001), 李静 (C0002, RM02
 * at BR001) and 120 short profiles C1000…C1119 of RM01, then one classification run.
 */
public final class WorkstationData {
    private WorkstationData() {
    }

    public static void load(Customers customers, ClassificationRuns runs) {
        customers.save(ProfileDocuments.fromJson(ExampleProfiles.WANG));
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

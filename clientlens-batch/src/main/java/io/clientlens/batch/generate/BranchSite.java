package io.clientlens.batch.generate;

import io.clientlens.bank.Branch;

import java.util.List;

/**
 * A branch and what the generator needs to know about its city: districts with their real
 * administrative codes (the first six digits of local resident IDs and USCCs), a typical housing
 * price and how local incomes compare with the national mix.
 */
record BranchSite(int index, Branch branch, String city, List<District> districts, int housePricePerSquareMetre,
                  double incomeFactor, double customerWeight) {

    static final int MANAGERS_PER_BRANCH = 3;

    record District(String code, String name) {
    }

    String region() {
        return branch.region();
    }

    /** The ids of the relationship managers who work at this branch, e.g. RM01–RM03 at BR001. */
    String relationshipManager(int which) {
        return String.format("RM%02d", index * MANAGERS_PER_BRANCH + which + 1);
    }
}

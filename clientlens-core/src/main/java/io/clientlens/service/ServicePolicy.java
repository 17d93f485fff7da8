package io.clientlens.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers of serving customers by class (docs/SERVICE.md, docs/POLICY.md {@code service:}): how often each
 * service class is contacted, how far ahead each reminder looks, where service requests of each class go and
 * how fast they must be answered, and the revenue rate campaigns are measured with.
 */
public record ServicePolicy(ContactPlan contactPlan, Reminders reminders, Dispatch dispatch, Campaigns campaigns) {

    /** Months between contacts by service class code (A, B, C). */
    public record ContactPlan(Map<String, Integer> monthsByClass) {
        public ContactPlan {
            monthsByClass = Map.copyOf(monthsByClass);
        }

        public Optional<Integer> months(String serviceClass) {
            return Optional.ofNullable(serviceClass == null ? null : monthsByClass.get(serviceClass));
        }
    }

    /**
     * How far ahead (or back) each reminder looks.
     *
     * @param retirementAgeByGender retirement age by gender code (M, F)
     * @param approvalOutcomeDays   a decision on a check is reminded of when made at most this many days before the business date
     * @param needsReviewDays       an accepted need not met after this many days is due for review
     */
    public record Reminders(int birthdayDaysAhead, int lifeEventDaysAhead, List<Integer> childAges, List<Integer> customerAges,
                            Map<String, Integer> retirementAgeByGender, int maturityDaysAhead, Set<String> maturingProductTypes,
                            LargeMovement largeMovement, int approvalOutcomeDays, int needsReviewDays, int amlReviewDaysAhead) {
        public Reminders {
            childAges = List.copyOf(childAges);
            customerAges = List.copyOf(customerAges);
            retirementAgeByGender = Map.copyOf(retirementAgeByGender);
            maturingProductTypes = Set.copyOf(maturingProductTypes);
        }
    }

    /**
     * Large fund movements of mid/high-end customers: money in (or out) within {@code windowDays} ending at the
     * business date of at least {@code minAmount} or at least {@code minShareOfAum} of the customer's AUM. Watched
     * customers: AUM tier in {@code aumTiers}, or a high-end target when {@code highEndTargets}.
     */
    public record LargeMovement(int windowDays, BigDecimal minAmount, BigDecimal minShareOfAum, Set<String> aumTiers,
                                boolean highEndTargets) {
        public LargeMovement {
            aumTiers = Set.copyOf(aumTiers);
        }
    }

    /** Where a service request goes by the customer's service class; {@code unclassified} is the class used without one. */
    public record Dispatch(Map<String, Route> byClass, String unclassified) {
        public Dispatch {
            byClass = Map.copyOf(byClass);
        }

        public Route route(String serviceClass) {
            Route route = serviceClass == null ? null : byClass.get(serviceClass);
            return route != null ? route : byClass.get(unclassified);
        }
    }

    /** A queue and the hours within which a request in it must be answered (taken up). */
    public record Route(RequestQueue queue, int responseHours) {
    }

    /** Revenue of a campaign's conversions: the converted amount times this rate (the product margin), unless the campaign sets its own. */
    public record Campaigns(BigDecimal revenueRate) {
    }
}

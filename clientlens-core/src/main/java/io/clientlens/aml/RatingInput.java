package io.clientlens.aml;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;

/**
 * What the AML rating looks at for one customer.
 *
 * @param profile        the KYC profile; null when there is none
 * @param age            age in completed years at as-of; null without a birth date
 * @param privateBanking the customer's AUM tier is private banking
 * @param activityAmount the amount of the activity transactions in the activity window (the base of the cash share)
 * @param windowDays     the activity window in days, which {@code activity} and {@code activityAmount} cover
 */
public record RatingInput(CustomerType type, Profile profile, Integer age, boolean privateBanking,
                          BigDecimal activityAmount, AmlActivity activity, int windowDays) {
    public RatingInput {
        type = type == null ? CustomerType.INDIVIDUAL : type;
        activityAmount = activityAmount == null ? BigDecimal.ZERO : activityAmount;
        activity = activity == null ? AmlActivity.NONE : activity;
    }
}

package io.clientlens.customer;

import java.util.List;

/**
 * How much of the KYC profile is on file: the share of fact groups present and the list of
 * missing ones, so the RM knows what to ask next.
 */
public record KycCompleteness(int percent, List<FactGroup> present, List<FactGroup> missing) {

    public static KycCompleteness of(Profile profile) {
        List<FactGroup> groups = profile.typeOrIndividual() == CustomerType.CORPORATE
                ? FactGroup.forCorporate() : List.of(FactGroup.values());
        List<FactGroup> present = groups.stream().filter(g -> g.isPresentIn(profile)).toList();
        List<FactGroup> missing = groups.stream().filter(g -> !g.isPresentIn(profile)).toList();
        int percent = (int) Math.round(100.0 * present.size() / groups.size());
        return new KycCompleteness(percent, present, missing);
    }
}

package io.clientlens.classify;

import io.clientlens.code.Dimension;

import java.util.List;

/** Runs the engine over a small population, as a run would: statistics first, then each customer. */
final class Classify {
    private Classify() {
    }

    static List<Classification> population(List<CustomerFeatures> customers) {
        return population(customers, PolicyFixture.v1());
    }

    static List<Classification> population(List<CustomerFeatures> customers, io.clientlens.policy.Policy policy) {
        ClassificationEngine engine = new ClassificationEngine(policy);
        PopulationStatistics.Collector collector = PopulationStatistics.collector(engine.policy());
        customers.forEach(collector::add);
        PopulationStatistics stats = collector.build();
        return customers.stream().map(c -> engine.classify(c, CustomerFixture.AS_OF, stats)).toList();
    }

    static Classification alone(CustomerFixture customer) {
        return population(List.of(customer.build())).get(0);
    }

    static String code(CustomerFixture customer, Dimension dimension) {
        return alone(customer).code(dimension);
    }

    static DimensionResult result(CustomerFixture customer, Dimension dimension) {
        return alone(customer).get(dimension);
    }
}

package io.clientlens.app.needs;

import io.clientlens.app.suitability.Products;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.classify.Reason;
import io.clientlens.code.Label;
import io.clientlens.needs.Need;
import io.clientlens.needs.ProductFit;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.SuitabilityDecision;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Product fit through the suitability check itself, so a proposal passes the same rules as any sale. */
@Component
class SuitabilityProductFit implements ProductFit {
    private final SuitabilityChecks checks;
    private final Products products;

    SuitabilityProductFit(SuitabilityChecks checks, Products products) {
        this.checks = checks;
        this.products = products;
    }

    @Override
    public Fit check(Need need, String productCode) {
        Product product = products.find(productCode).orElseThrow(() -> new NotFound("product", productCode));
        return fit(need.customerId(), product);
    }

    Fit fit(String customerId, Product product) {
        // The smallest purchase the product allows: what a first proposal would be.
        BigDecimal amount = product.minAmount().signum() > 0 ? product.minAmount() : BigDecimal.ONE;
        SuitabilityDecision decision = checks.preview(customerId, product, amount);
        return new Fit(decision.code(), decision instanceof SuitabilityDecision.Allowed,
                decision.reasons().stream().map(SuitabilityProductFit::label).toList());
    }

    private static Label label(Reason reason) {
        return Label.of(reason.zh(), reason.en());
    }
}

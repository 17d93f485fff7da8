package io.clientlens.app.suitability.web;

import io.clientlens.app.suitability.Products;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.batch.questionnaire.ProductCsv;
import io.clientlens.suitability.Product;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The product catalogue. */
@RestController
@RequestMapping(path = "/api/v1/products", produces = MediaType.APPLICATION_JSON_VALUE)
class ProductApi extends SuitabilityEndpoints {
    private final Products products;
    private final SuitabilityChecks checks;

    private final io.clientlens.policy.Policy policy;

    ProductApi(Products products, SuitabilityChecks checks, io.clientlens.policy.Policy policy) {
        this.policy = policy;
        this.products = products;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "All products")
    List<Map<String, Object>> all() {
        return products.all().stream().map(this::json).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One product")
    Map<String, Object> one(@PathVariable String code) {
        return json(products.find(code).orElseThrow(() -> new NotFound("product", code)));
    }

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Import products from CSV (code,name,risk,type,experiencedOnly,minAmount,derivative[,termMonths][,highMarketRisk]); "
            + "all rows or none; by code, no duplicates",
            description = "highMarketRisk: true, false, or empty to leave it to the policy (suitability.highMarketRiskMinRisk, R5 by "
                    + "default); a derivative is always of high market risk (false is refused).")
    Map<String, Object> importCsv(@RequestBody String csv) {
        var counts = products.save(ProductCsv.parse(csv, "body", policy.validation().maxAmount()));
        return Map.of("inserted", counts.inserted(), "updated", counts.updated(), "unchanged", counts.unchanged());
    }

    /** A product; {@code highMarketRisk} as it counts under the policy in force, with where it comes from. */
    Map<String, Object> json(Product p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("risk", p.risk().name());
        m.put("riskLabel", Map.of("zh", p.risk().label().zh(), "en", p.risk().label().en()));
        m.put("type", p.type());
        m.put("experiencedOnly", p.experiencedOnly());
        m.put("minAmount", p.minAmount());
        m.put("derivative", p.derivative());
        m.put("highMarketRisk", checks.highMarketRisk(p));
        m.put("highMarketRiskSource", p.highMarketRiskSource().name());
        var basis = checks.highMarketRiskBasis(p);
        m.put("highMarketRiskBasis", Map.of("zh", basis.zh(), "en", basis.en()));
        m.put("termMonths", p.termMonths());
        return m;
    }
}

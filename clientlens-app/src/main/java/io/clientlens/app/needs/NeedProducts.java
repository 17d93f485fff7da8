package io.clientlens.app.needs;

import io.clientlens.app.suitability.Products;
import io.clientlens.needs.Need;
import io.clientlens.needs.NeedStatus;
import io.clientlens.needs.ProductFit;
import io.clientlens.needs.ProductsForNeeds;
import io.clientlens.suitability.Product;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each open need of a customer (not met, not declined), the catalogue products that address
 * its planning area, each with its suitability decision and reasons. Suitable products come first;
 * unsuitable ones are listed too, with why.
 */
@Service
public class NeedProducts {
    private static final Set<NeedStatus> CLOSED = Set.of(NeedStatus.MET, NeedStatus.DECLINED);

    private final NeedsRegister register;
    private final Products products;
    private final SuitabilityProductFit fit;

    NeedProducts(NeedsRegister register, Products products, SuitabilityProductFit fit) {
        this.register = register;
        this.products = products;
        this.fit = fit;
    }

    public List<Map<String, Object>> forCustomer(String customerId) {
        List<Product> catalogue = products.all();
        List<Map<String, Object>> result = new ArrayList<>();
        for (Need need : register.ranked(customerId)) {
            if (CLOSED.contains(need.status())) {
                continue;
            }
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (Product product : catalogue) {
                if (ProductsForNeeds.addresses(product.type(), need.area())) {
                    candidates.add(candidate(product, fit.fit(customerId, product)));
                }
            }
            // Suitable first, then by risk: what an adviser would look at first.
            candidates.sort((a, b) -> Boolean.compare((Boolean) b.get("fits"), (Boolean) a.get("fits")));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("needId", need.id());
            entry.put("title", need.title());
            entry.put("area", need.area().name());
            entry.put("areaLabel", Map.of("zh", need.area().label().zh(), "en", need.area().label().en()));
            entry.put("status", need.status().name());
            entry.put("productTypes", ProductsForNeeds.typesFor(need.area()));
            entry.put("products", candidates);
            result.add(entry);
        }
        return result;
    }

    private static Map<String, Object> candidate(Product product, ProductFit.Fit fit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", product.code());
        m.put("name", product.name());
        m.put("risk", product.risk().name());
        m.put("type", product.type());
        m.put("minAmount", product.minAmount());
        m.put("decision", fit.decision());
        m.put("fits", fit.fits());
        m.put("reasons", fit.reasons().stream().map(r -> Map.of("zh", r.zh(), "en", r.en())).toList());
        return m;
    }
}

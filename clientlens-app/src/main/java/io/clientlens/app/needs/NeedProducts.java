package io.clientlens.app.needs;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clientlens.app.suitability.Products;
import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.needs.Need;
import io.clientlens.needs.NeedStatus;
import io.clientlens.needs.ProductFit;
import io.clientlens.needs.ProductsForNeeds;
import io.clientlens.suitability.Product;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

    public List<NeedWithProducts> forCustomer(String customerId) {
        List<Product> catalogue = products.all();
        List<NeedWithProducts> result = new ArrayList<>();
        for (Need need : register.ranked(customerId)) {
            if (CLOSED.contains(need.status())) {
                continue;
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Product product : catalogue) {
                if (ProductsForNeeds.addresses(product.type(), need.area())) {
                    candidates.add(candidate(product, fit.fit(customerId, product)));
                }
            }
            // Suitable first, then by risk: what an adviser would look at first.
            candidates.sort((a, b) -> Boolean.compare(b.fits(), a.fits()));
            result.add(new NeedWithProducts(need.id(), need.title(), need.area().name(), Text.of(need.area().label()),
                    need.status().name(), ProductsForNeeds.typesFor(need.area()), candidates));
        }
        return result;
    }

    private static Candidate candidate(Product product, ProductFit.Fit fit) {
        return new Candidate(product.code(), product.name(), product.risk().name(), product.type(), product.minAmount(),
                fit.decision(), fit.fits(), fit.reasons().stream().map(Text::of).toList());
    }

    /** An open need and the products that address its planning area, suitable ones first. The field order is the API's. */
    @JsonPropertyOrder({"needId", "title", "area", "areaLabel", "status", "productTypes", "products"})
    public record NeedWithProducts(long needId, String title, String area, Text areaLabel, String status, List<String> productTypes,
                                   List<Candidate> products) {
    }

    /** A product for a need: its decision of a dry-run suitability check at its minimum amount and why. */
    @JsonPropertyOrder({"code", "name", "risk", "type", "minAmount", "decision", "fits", "reasons"})
    public record Candidate(String code, String name, String risk, String type, BigDecimal minAmount, String decision, boolean fits,
                            List<Text> reasons) {
    }

    /** A text in Chinese and English. */
    @JsonPropertyOrder({"zh", "en"})
    public record Text(String zh, String en) {
        static Text of(Label label) {
            return new Text(label.zh(), label.en());
        }

        public String in(Language lang) {
            return lang == Language.EN ? en : zh;
        }
    }
}

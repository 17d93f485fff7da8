package io.clientlens.app.needs.web;

import io.clientlens.app.needs.NeedProducts;
import io.clientlens.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Product fit: the products that could meet each open need, with their suitability for this customer. */
@RestController
class NeedProductsApi {
    private final NeedProducts needProducts;
    private final Scope scope;

    NeedProductsApi(NeedProducts needProducts, Scope scope) {
        this.needProducts = needProducts;
        this.scope = scope;
    }

    @GetMapping(path = "/api/v1/customers/{id}/needs/products", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "For each open need, the catalogue products addressing it with their suitability decision and reasons",
            description = "A dry run of the suitability check at each product's minimum amount: nothing is recorded. "
                    + "Unsuitable products are listed with the reason, never hidden.")
    List<NeedProducts.NeedWithProducts> products(@PathVariable String id) {
        scope.requireCustomer(id); // 404 for a missing customer and for one outside the user's scope alike
        return needProducts.forCustomer(id);
    }
}

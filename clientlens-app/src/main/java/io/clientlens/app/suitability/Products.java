package io.clientlens.app.suitability;

import io.clientlens.app.db.TableStatistics;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.ProductRisk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The product catalogue. Importing is by product code: a re-import updates, never duplicates. High
 * market risk is kept as the catalogue says it (or null for the policy's default, see docs/SUITABILITY.md).
 */
@Repository
public class Products {
    private final JdbcClient jdbc;
    private final TableStatistics statistics;

    Products(JdbcClient jdbc, TableStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    public record Counts(int inserted, int updated, int unchanged) {
    }

    @Transactional
    public Counts save(List<Product> products) {
        int inserted = 0;
        int updated = 0;
        for (Product p : products) {
            boolean existed = find(p.code()).isPresent();
            int changed = jdbc.sql("""
                            insert into product (product_code, name, risk, product_type, experienced_only, min_amount, derivative,
                                                 high_market_risk, term_months)
                            values (:code, :name, :risk, :type, :eo, :min, :d, :hmr, :term)
                            on conflict (product_code) do update set name = excluded.name, risk = excluded.risk,
                                product_type = excluded.product_type, experienced_only = excluded.experienced_only,
                                min_amount = excluded.min_amount, derivative = excluded.derivative,
                                high_market_risk = excluded.high_market_risk, term_months = excluded.term_months,
                                updated_at = now()
                            where (product.name, product.risk, product.product_type, product.experienced_only, product.min_amount,
                                   product.derivative, product.high_market_risk, product.term_months) is distinct from
                                  (excluded.name, excluded.risk, excluded.product_type, excluded.experienced_only, excluded.min_amount,
                                   excluded.derivative, excluded.high_market_risk, excluded.term_months)""")
                    .param("code", p.code()).param("name", p.name()).param("risk", p.risk().name()).param("type", p.type())
                    .param("eo", p.experiencedOnly()).param("min", p.minAmount()).param("d", p.derivative())
                    .param("hmr", p.highMarketRisk(), java.sql.Types.BOOLEAN).param("term", p.termMonths())
                    .update();
            if (!existed) {
                inserted++;
            } else if (changed > 0) {
                updated++;
            }
        }
        if (inserted + updated > 0) {
            statistics.refreshAfterCommit(List.of("product"));
        }
        return new Counts(inserted, updated, products.size() - inserted - updated);
    }

    public Optional<Product> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from product where product_code = :c").param("c", code).query(Products::product).optional();
    }

    public List<Product> all() {
        return jdbc.sql("select " + COLUMNS + " from product order by product_code").query(Products::product).list();
    }

    private static final String COLUMNS = "product_code, name, risk, product_type, experienced_only, min_amount, derivative, "
            + "high_market_risk, term_months";

    private static Product product(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        boolean high = rs.getBoolean(8);
        Boolean declared = rs.wasNull() ? null : high;
        int term = rs.getInt(9);
        return new Product(rs.getString(1), rs.getString(2), ProductRisk.valueOf(rs.getString(3)), rs.getString(4),
                rs.getBoolean(5), rs.getBigDecimal(6), rs.getBoolean(7), declared, rs.wasNull() ? null : term);
    }
}

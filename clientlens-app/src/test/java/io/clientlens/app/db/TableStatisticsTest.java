package io.clientlens.app.db;

import io.clientlens.app.importing.Contributions;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.suitability.Products;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.questionnaire.ProductCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bulk load leaves PostgreSQL with fresh statistics of what it loaded, as the application's own account. */
class TableStatisticsTest extends io.clientlens.app.support.PostgresTest {

    @Autowired
    Imports imports;
    @Autowired
    Contributions contributions;
    @Autowired
    Products products;
    @Autowired
    TableStatistics statistics;

    private Timestamp now() {
        return admin.queryForObject("select clock_timestamp()", Timestamp.class);
    }

    private List<String> analyzedSince(Timestamp since) {
        return admin.queryForList("select relname from pg_stat_user_tables where last_analyze >= ? order by 1", String.class, since);
    }

    @Test
    void anImportAnalyzesTheTablesItChanged() {
        Timestamp before = now();
        var result = imports.load(sink -> new CustomerBaseGenerator(new GeneratorSettings(50, 7L, LocalDate.of(2026, 9, 30),
                365, 2)).generate(sink));
        assertThat(result.stored()).isTrue();
        assertThat(analyzedSince(before)).containsExactlyInAnyOrderElementsOf(result.counts().keySet())
                .contains("customer", "account", "account_link", "txn");
        assertThat(admin.queryForObject("select reltuples from pg_class where relname = 'customer'", Float.class)).isEqualTo(50f);

        Timestamp again = now();
        imports.load(sink -> new CustomerBaseGenerator(new GeneratorSettings(50, 7L, LocalDate.of(2026, 9, 30),
                365, 2)).generate(sink));
        assertThat(analyzedSince(again)).as("nothing changed, nothing to analyze").isEmpty();
    }

    @Test
    void contributionsAndTheProductCatalogueAnalyzeTheirTables(@TempDir Path dir) throws Exception {
        imports.load(sink -> new CustomerBaseGenerator(new GeneratorSettings(5, 7L, LocalDate.of(2026, 9, 30), 365, 2))
                .generate(sink));
        Path file = dir.resolve("contributions.csv");
        Files.writeString(file, "customerId,contribution\nC000001,1234.50\nC000002,99\n");
        Timestamp before = now();
        assertThat(contributions.load(file, false).changed()).isEqualTo(2);
        assertThat(analyzedSince(before)).containsExactly("customer");

        Timestamp beforeProducts = now();
        products.save(ProductCsv.parse(Files.readString(Path.of("../docs/samples/products.csv"), StandardCharsets.UTF_8),
                "products.csv"));
        assertThat(analyzedSince(beforeProducts)).containsExactly("product");
    }

    @Test
    void aTableTheApplicationMayNotAnalyzeIsSkippedWithoutFailingTheLoad() {
        Timestamp before = now();
        statistics.refresh(List.of("audit_record", "customer"));
        assertThat(analyzedSince(before)).containsExactly("customer");
    }
}

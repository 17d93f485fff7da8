package io.clientlens.app.web;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A row of the customer list never shows the same class words twice. */
class ClassTagsTest {
    @Test
    void classesCalledAlikeSayTheirDimension() {
        List<CustomersPage.Option> tags = List.of(new CustomersPage.Option("资产等级", "大众客户"),
                new CustomersPage.Option("客户价值", "一般客户"), new CustomersPage.Option("忠诚度", "一般客户"));
        assertThat(CustomersPage.distinct(tags, Language.ZH)).extracting(CustomersPage.Option::label)
                .containsExactly("大众客户", "客户价值：一般客户", "忠诚度：一般客户");
        assertThat(CustomersPage.distinct(List.of(new CustomersPage.Option("Customer value", "General"),
                new CustomersPage.Option("Loyalty", "General")), Language.EN)).extracting(CustomersPage.Option::label)
                .containsExactly("Customer value: General", "Loyalty: General");
    }
}

package io.clientlens.app.web;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A row of the customer list never shows the same class words twice. */
class ClassTagsTest {
    @Test
    void classesCalledAlikeSayTheirDimension() {
        List<CustomerListPage.Option> tags = List.of(new CustomerListPage.Option("资产等级", "大众客户"),
                new CustomerListPage.Option("客户价值", "一般客户"), new CustomerListPage.Option("忠诚度", "一般客户"));
        assertThat(CustomerListPage.distinct(tags, Language.ZH)).extracting(CustomerListPage.Option::label)
                .containsExactly("大众客户", "客户价值：一般客户", "忠诚度：一般客户");
        assertThat(CustomerListPage.distinct(List.of(new CustomerListPage.Option("Customer value", "General"),
                new CustomerListPage.Option("Loyalty", "General")), Language.EN)).extracting(CustomerListPage.Option::label)
                .containsExactly("Customer value: General", "Loyalty: General");
    }
}

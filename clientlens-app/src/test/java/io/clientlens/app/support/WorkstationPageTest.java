package io.clientlens.app.support;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** A test of the workstation's pages over {@link WorkstationData}, classified, with MockMvc and the security filters. */
public abstract class WorkstationPageTest extends PostgresTest {
    protected MockMvc mvc;

    @Autowired
    protected Customers customers;
    @Autowired
    protected ClassificationRuns runs;

    @Autowired
    void pages(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void workstation() {
        WorkstationData.load(customers, runs);
    }
}

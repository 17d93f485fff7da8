package io.clientlens.app.web;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages' links are written as the templates name them: no filter passes each one through the static resource
 * resolvers (a jar lookup per link, most of a long page's time), and the WebJar the charts use is named with its version.
 */
class PageLinksTest extends PostgresTest {
    @Autowired
    WebApplicationContext context;

    @Test
    void noFilterRewritesTheLinksOfEveryPage() {
        for (FilterRegistrationBean<?> registration : context.getBeansOfType(FilterRegistrationBean.class).values()) {
            if (registration.getFilter() instanceof ResourceUrlEncodingFilter) {
                assertThat(registration.isEnabled()).as("a registration of the resource URL filter is enabled").isFalse();
            }
        }
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void theChartsWebJarIsLinkedWithItsVersionAndServed() throws Exception {
        MockMvc mvc = mvc(context, null);
        String html = mvc.perform(get("/dashboards").with(signedIn(Role.COMPLIANCE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String script = "/webjars/echarts/5.3.1/dist/echarts.min.js";
        assertThat(html).contains("<script src=\"" + script + "\" defer></script>");
        mvc.perform(get(script).with(signedIn(Role.COMPLIANCE))).andExpect(status().isOk());
    }
}

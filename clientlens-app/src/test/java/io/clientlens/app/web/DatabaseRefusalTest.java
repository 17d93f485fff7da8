package io.clientlens.app.web;

import io.clientlens.app.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The safety net behind the field checks: a numeric overflow or a conflict that the database reports, as PostgreSQL
 * reports it, becomes a 400 without the statement or the database's message (a problem detail under /api/, a page
 * elsewhere).
 */
class DatabaseRefusalTest extends PostgresTest {

    @Test
    void aNumericOverflowFromTheDatabaseIsA400ProblemWithoutSql() throws Exception {
        DataIntegrityViolationException overflow = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> jdbc.queryForObject("select cast(? as numeric(18, 2))", Object.class, new java.math.BigDecimal("1e16")));
        assertThat(overflow.getMessage()).contains("numeric field overflow"); // what used to reach the client as a 500

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/suitability-checks");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ProblemDetails().dataIntegrity(overflow, request, response);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("out-of-range").contains("数值超出范围").contains("out of the allowed range")
                .doesNotContain("SQL").doesNotContain("numeric(").doesNotContain("select");

        DataIntegrityViolationException conflict = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> jdbc.update("insert into app_user (username, password_hash, role) values ('x', 'h', 'NO_SUCH_ROLE')"));
        MockHttpServletResponse page = new MockHttpServletResponse();
        new ProblemDetails().dataIntegrity(conflict, new MockHttpServletRequest("POST", "/customers/C1/notes"), page);
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("数据冲突").contains("Conflicting data").doesNotContain("app_user");
    }
}

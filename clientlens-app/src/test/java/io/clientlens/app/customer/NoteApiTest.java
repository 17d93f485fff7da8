package io.clientlens.app.customer;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.app.support.ExampleProfiles;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET/POST /api/v1/customers/{id}/notes: roles, scope, problems naming the field, and append-only at the database. */
class NoteApiTest extends PostgresTest {
    MockMvc mvc;

    @Autowired
    Customers customers;

    @Autowired
    void setUp(WebApplicationContext context) {
        mvc = mvc(context, Role.RM);
    }

    @BeforeEach
    void twoCustomers() {
        customers.save(ProfileDocuments.fromJson(ExampleProfiles.WANG));
        customers.save(ProfileDocuments.fromJson("{\"customerId\": \"C0002\", \"branch\": \"BR001\", \"relationshipManager\": \"RM02\"}"));
    }

    private static String note(String kind, String on, String text) {
        return "{\"kind\": \"" + kind + "\", \"occurredOn\": \"" + on + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void appendsNotesAndListsThemNewestFirst() throws Exception {
        mvc.perform(post("/api/v1/customers/C0001/notes").contentType(MediaType.APPLICATION_JSON).content(note("VISIT", "2026-10-01", "网点面谈")))
                .andExpect(status().isCreated()).andExpect(header().string("Location", "/api/v1/customers/C0001/notes"))
                .andExpect(jsonPath("$.noteId").value(1)).andExpect(jsonPath("$.kind").value("VISIT"))
                .andExpect(jsonPath("$.author").value("rm.user")).andExpect(jsonPath("$.authorRole").value("RM"));
        mvc.perform(post("/api/v1/customers/C0001/notes").contentType(MediaType.APPLICATION_JSON).content(note("MESSAGE", "2026-10-20", "微信回复")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/customers/C0001/notes").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].text").value("微信回复")).andExpect(jsonPath("$.items[1].occurredOn").value("2026-10-01"));
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() throws Exception {
        mvc.perform(post("/api/v1/customers/C0001/notes").contentType(MediaType.APPLICATION_JSON).content(note("EMAIL", "2026/10/01", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "occurredOn", "text")));
        mvc.perform(post("/api/v1/customers/C0001/notes").contentType(MediaType.APPLICATION_JSON).content(note("CALL", "2999-01-01", "未来")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
        mvc.perform(post("/api/v1/customers/C0001/notes").contentType(MediaType.APPLICATION_JSON).content(note("CALL", "1800-01-01", "很久以前")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
                .andExpect(jsonPath("$.errors[0].en").value(org.hamcrest.Matchers.containsString("years ago")));
        mvc.perform(post("/api/v1/customers/C0001/notes").contentType(MediaType.APPLICATION_JSON).content("{\"kind\": 1}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from interaction_note", Long.class)).isZero();
    }

    @Test
    void rolesAndScopeAsForTheOtherCustomerEndpoints() throws Exception {
        for (Role role : new Role[] {Role.ANALYST, Role.ADMIN}) {
            mvc.perform(get("/api/v1/customers/C0001/notes").header(HttpHeaders.AUTHORIZATION, bearer(role))).andExpect(status().isForbidden());
        }
        for (Role role : new Role[] {Role.ANALYST, Role.ADMIN, Role.COMPLIANCE}) {
            mvc.perform(post("/api/v1/customers/C0001/notes").header(HttpHeaders.AUTHORIZATION, bearer(role))
                    .contentType(MediaType.APPLICATION_JSON).content(note("CALL", "2026-10-01", "x"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/customers/C0001/notes").header(HttpHeaders.AUTHORIZATION, bearer(Role.SALES))
                .contentType(MediaType.APPLICATION_JSON).content(note("CALL", "2026-10-01", "销售电话"))).andExpect(status().isCreated());
        // another RM's customer and an unknown one look the same
        mvc.perform(get("/api/v1/customers/C0002/notes")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customers/C0002/notes").contentType(MediaType.APPLICATION_JSON).content(note("CALL", "2026-10-01", "x")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/C9999/notes")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/C0001/notes").header(HttpHeaders.AUTHORIZATION, "Bearer nonsense")).andExpect(status().isUnauthorized());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteANote() throws Exception {
        mvc.perform(post("/api/v1/customers/C0001/notes").contentType(MediaType.APPLICATION_JSON).content(note("VISIT", "2026-10-01", "原始记录")))
                .andExpect(status().isCreated());
        // The application's account lacks the privilege; its trigger refuses even the superuser.
        assertThatThrownBy(() -> jdbc.update("update interaction_note set body = '改过的' where note_id = 1"))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("permission denied"));
        assertThatThrownBy(() -> admin.update("update interaction_note set body = '改过的' where note_id = 1"))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("append-only"));
        assertThatThrownBy(() -> jdbc.update("delete from interaction_note where note_id = 1"))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("permission denied"));
        assertThatThrownBy(() -> admin.update("delete from interaction_note where note_id = 1"))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("append-only"));
        assertThat(jdbc.queryForObject("select body from interaction_note where note_id = 1", String.class)).isEqualTo("原始记录");
    }

    @Test
    void textWithANulIsRefusedNamingTheFieldInsteadOfAConflict() throws Exception {
        mvc.perform(post("/api/v1/customers/C0001/notes").contentType(MediaType.APPLICATION_JSON).content(note("CALL", "2026-10-01", "电话\\u0000沟通")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].zh").value("文本不能包含控制字符（NUL，\\u0000）"))
                .andExpect(jsonPath("$.errors[0].en").value("text must not contain control characters (NUL, \\u0000)"));
        assertThat(jdbc.queryForObject("select count(*) from interaction_note", Long.class)).isZero();
    }
}

package io.clientlens.app.aml;

import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.customer.Profile;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** A watch list imported: every customer screened, possible matches become cases once, a bad file refused naming the line. */
class WatchListScreeningTest extends PostgresTest {
    static final String LIST = """
            listName,entityId,name,aliases,birthDate,registrationNumber
            SANCTIONS,S-1,"PUTIN, Vladimir",Владимир Путин|Vladimir Vladimirovich Putin,1952-10-07,
            PEP,P-9,张三,,,
            PEP,P-10,Maria Gonzalez,,1970-01-01,
            """;

    @Autowired
    Imports imports;
    @Autowired
    WatchLists lists;
    @Autowired
    AmlCases cases;

    MockMvc mvc;

    /** The lists refer to no customer, so the base class's emptying does not reach them. */
    @org.junit.jupiter.api.BeforeEach
    void noLists() {
        io.clientlens.app.support.TestDatabase.truncateAsSuperuser("aml_watchlist_entry");
    }

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.COMPLIANCE);
    }

    @Test
    void importingAListScreensEveryCustomerAndOpensCasesForPossibleMatchesOnce() throws Exception {
        AmlData.load(imports);   // K1 张三
        imports.load(sink -> {
            sink.customer(Profile.builder("W1").name("Vladimir Putin").birthDate(LocalDate.of(1952, 10, 7)).branch("BR001").build());
            sink.customer(Profile.builder("W2").name("Maria Gonzales").birthDate(LocalDate.of(1985, 5, 5)).branch("BR001").build());
            sink.customer(Profile.builder("W3").name("张 三丰").branch("BR001").build());
        });

        WatchLists.Imported done = lists.importList(WatchLists.parse(LIST, "lists.csv"));
        assertThat(done.lists()).containsExactly("SANCTIONS", "PEP");
        assertThat(done.entries()).isEqualTo(3);
        assertThat(done.screened()).isEqualTo(4);
        // W1 by name and birth date; K1 exactly; W2 differs by birth date; W3 is another name
        assertThat(done.matches()).isEqualTo(2);
        assertThat(done.casesOpened()).isEqualTo(2);
        assertThat(jdbc.queryForList("select customer_id || ' ' || entity_id from aml_screening_hit order by 1", String.class))
                .containsExactly("K1 P-9", "W1 S-1");

        long w1 = cases.list(new AmlCases.CaseFilter(true, null, "W1", null, null), 1).get(0).caseId();
        mvc.perform(get("/api/v1/aml/cases/" + w1)).andExpect(jsonPath("$.matches", hasSize(1)))
                .andExpect(jsonPath("$.matches[0].listedName").value("PUTIN, Vladimir"))
                .andExpect(jsonPath("$.events[1].action").value("MATCHES_ADDED"));

        // compliance confirms the match (the customer becomes PROHIBITED at the next classification) and audits it
        long match = jdbc.queryForObject("select hit_id from aml_screening_hit where customer_id = 'W1'", Long.class);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/aml/cases/" + w1 + "/matches/" + match)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"confirmed\": true}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/aml/cases/" + w1 + "/matches/" + match)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"confirmed\": true, \"opinion\": \"same person, passport seen\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        assertThat(jdbc.queryForObject("select confirmed_watch_list_hit from aml_customer_flag where customer_id = 'W1'",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select action from aml_case_event where case_id = ? order by event_id desc limit 1",
                String.class, w1)).isEqualTo("MATCH_CONFIRMED");
        mvc.perform(get("/api/v1/aml/cases/" + w1)).andExpect(jsonPath("$.matches[0].decision").value("CONFIRMED"));

        // the same list again finds nothing new
        assertThat(lists.importList(WatchLists.parse(LIST, "lists.csv")).matches()).isZero();
        assertThat(cases.list(AmlCases.CaseFilter.OPEN, 100)).hasSize(2);
    }

    @Autowired
    io.clientlens.app.customer.Customers customers;

    @Test
    void customersImportedOrChangedAfterTheListAreScreenedToo() {
        lists.importList(WatchLists.parse(LIST, "lists.csv"));
        imports.load(sink -> sink.customer(Profile.builder("W4").name("Vladimir V. Putin").branch("BR001").build()));
        assertThat(jdbc.queryForList("select customer_id || ' ' || entity_id from aml_screening_hit", String.class))
                .containsExactly("W4 S-1");
        customers.save(Profile.builder("W5").name("王五").branch("BR001").build());
        assertThat(jdbc.queryForObject("select count(*) from aml_screening_hit where customer_id = 'W5'", Integer.class)).isZero();
        customers.save(Profile.builder("W5").name("张三").branch("BR001").build());
        assertThat(jdbc.queryForList("select customer_id || ' ' || entity_id from aml_screening_hit where customer_id = 'W5'",
                String.class)).containsExactly("W5 P-9");
        assertThat(cases.list(new AmlCases.CaseFilter(true, null, "W5", null, null), 1)).hasSize(1);
    }

    @Test
    void chineseNamesAreScreenedAgainstLatinListNamesByPinyinAndTheOtherWayRound() {
        imports.load(sink -> {
            sink.customer(Profile.builder("H1").name("张伟").branch("BR001").build());
            sink.customer(Profile.builder("H2").name("WANG Xiaoming").branch("BR001").build());
            sink.customer(Profile.builder("H3").name("郑伟").branch("BR001").build());
        });
        lists.importList(WatchLists.parse("""
                listName,entityId,name,aliases,birthDate,registrationNumber
                SANCTIONS,S-2,"ZHANG, Wei",,,
                PEP,P-11,王小明,,,
                """, "lists.csv"));
        // H3 (Zheng Wei) has another family name
        assertThat(jdbc.queryForList("select customer_id || ' ' || entity_id || ' ' || score from aml_screening_hit order by 1",
                String.class)).containsExactly("H1 S-2 1.000", "H2 P-11 1.000");
        assertThat(jdbc.queryForObject("select reason_zh || ' / ' || reason_en from aml_screening_hit where customer_id = 'H1'",
                String.class)).contains("客户姓名按拼音（zhang wei）").contains("相似度 100%")
                .contains("compared by pinyin (zhang wei)").contains("S-2");
        assertThat(cases.list(new AmlCases.CaseFilter(true, null, "H1", null, null), 1)).hasSize(1);
    }

    @Test
    void aBadFileIsRefusedNamingTheLineAndColumnAndStoresNothing() {
        assertThatThrownBy(() -> WatchLists.parse("""
                listName,entityId,name,aliases,birthDate,registrationNumber
                SANCTIONS,S-1,Someone,,1952/10/07,
                SANCTIONS,,Nobody,,,
                """, "lists.csv")).isInstanceOf(WatchLists.Invalid.class)
                .hasMessageContaining("lists.csv line 2 birthDate").hasMessageContaining("YYYY-MM-DD")
                .hasMessageContaining("lists.csv line 3 entityId");
        assertThatThrownBy(() -> WatchLists.parse("name\nX\n", "lists.csv")).hasMessageContaining("lists.csv line 1")
                .hasMessageContaining("listName,entityId,name,aliases,birthDate,registrationNumber");
        assertThat(jdbc.queryForObject("select count(*) from aml_watchlist_entry", Integer.class)).isZero();
    }
}

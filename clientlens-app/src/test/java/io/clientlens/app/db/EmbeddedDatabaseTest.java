package io.clientlens.app.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @Test
    void keepsDataAcrossRestartsAndLetsASecondProcessAttach(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.startOrAttach(data)) {
            assertThat(first.ownsServer()).isTrue();
            try (var c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedDatabase.USER, "");
                 var s = c.createStatement()) {
                s.execute("create table kept(v text)");
                s.execute("insert into kept values ('still here')");
            }
            try (EmbeddedDatabase second = EmbeddedDatabase.startOrAttach(data)) {
                assertThat(second.ownsServer()).isFalse();
                assertThat(second.port()).isEqualTo(first.port());
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.startOrAttach(data);
             var c = DriverManager.getConnection(again.jdbcUrl(), EmbeddedDatabase.USER, "");
             var s = c.createStatement();
             var rs = s.executeQuery("select v, current_setting('server_version_num')::int from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(rs.getInt(2)).isBetween(170000, 179999);
        }
    }
}

package io.clientlens.app.db;

import io.clientlens.app.support.PostgresTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Result documents are compressed with lz4 on a server built with it, and with the server's default otherwise: the
 * migration must not fail on a server without lz4 (the embedded one).
 */
class ResultCompressionTest extends PostgresTest {

    @Test
    void resultDocumentsUseLz4ExactlyWhenTheServerHasIt() {
        boolean lz4 = admin.queryForObject("select 'lz4' = any (enumvals) from pg_settings "
                + "where name = 'default_toast_compression'", Boolean.class);
        String method = admin.queryForObject("select attcompression::text from pg_attribute "
                + "where attrelid = 'classification'::regclass and attname = 'dimensions'", String.class);
        assertThat(method).as("l is lz4, empty the server's default").isEqualTo(lz4 ? "l" : "");
    }
}

package io.clientlens.app.cli;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineErrorTest {

    @Test
    void aSpringStartFailureIsReportedByItsInnermostCauseOnOneLine() {
        var wrapped = new BeanCreationException("Error creating bean with name 'x': lots of detail",
                new IllegalStateException("outer", new java.net.ConnectException("Connection refused\nsecond line")));
        assertThat(ClientLensMain.oneLine(wrapped)).isEqualTo("Connection refused second line");
    }

    @Test
    void anOrdinaryErrorKeepsItsOwnMessage() {
        assertThat(ClientLensMain.oneLine(new IllegalArgumentException("--format: expected text or json, was x",
                new RuntimeException("inner")))).isEqualTo("--format: expected text or json, was x");
    }
}

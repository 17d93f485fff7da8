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

    @Test
    void aRejectedInputSpeaksTheChosenLanguageEvenWhenWrapped() {
        var rejected = new io.clientlens.code.InputRejected("--format：应为 text 或 json，实为 x", "--format: expected text or json, was x");
        var wrapped = new IllegalStateException("run failed: --format: expected text or json, was x", rejected);
        assertThat(ClientLensMain.inLanguage(wrapped, io.clientlens.code.Language.ZH)).contains("--format：应为 text 或 json，实为 x");
        assertThat(ClientLensMain.inLanguage(wrapped, io.clientlens.code.Language.EN)).contains("--format: expected text or json, was x");
        assertThat(ClientLensMain.inLanguage(new IllegalArgumentException("plain"), io.clientlens.code.Language.ZH)).isEmpty();
        assertThat(rejected.getMessage()).isEqualTo("--format: expected text or json, was x");
    }

    @Test
    void aMessageInBothLanguagesIsToldApartOnlyWhenOneSideIsChinese() {
        assertThat(ClientLensMain.bilingual("--run 9: no completed classification run has this number / 没有编号为 9 的已完成分类运行"))
                .isTrue();
        assertThat(ClientLensMain.bilingual("用户已存在：x / the user already exists: x")).isTrue();
        assertThat(ClientLensMain.bilingual("cannot read a / b")).isFalse();
        assertThat(ClientLensMain.bilingual("客户 / 客户经理")).isFalse();
        assertThat(ClientLensMain.bilingual("no separator")).isFalse();
        assertThat(ClientLensMain.bilingual("a.csv line 2: 应为日期 / expected a date; a.csv line 3: 应为数字 / expected a number"))
                .isFalse();
    }

    @Test
    void aThingThatDoesNotExistIsNamedInTheChosenLanguage() {
        var missing = new io.clientlens.app.refusal.NotFound("customer", "C9");
        assertThat(ClientLensMain.inLanguage(missing, io.clientlens.code.Language.ZH)).contains("客户“C9”不存在");
        assertThat(ClientLensMain.inLanguage(missing, io.clientlens.code.Language.EN)).contains("customer 'C9' does not exist");
    }
}

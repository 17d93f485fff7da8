package io.clientlens.importing;

import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;

import java.nio.charset.CharacterCodingException;

/**
 * An import file that is not UTF-8 text (a GBK export, a binary file), found while decoding it and before any of it
 * is used. It is a {@link CharacterCodingException}, so that a reader's {@code read} may throw it as any decoding
 * failure, and libraries that wrap I/O failures keep it as the cause.
 */
public final class NotUtf8Text extends CharacterCodingException implements SaysItself {
    private static final long serialVersionUID = 1L;

    private final long line;

    /** {@code line}: the 1-based line holding the first byte that is not UTF-8; 0 when it is not known. */
    public NotUtf8Text(long line) {
        this.line = line;
    }

    public long line() {
        return line;
    }

    /** What is wrong and what to do, in both languages. */
    public Label reason() {
        return reason(line);
    }

    /** The refusal of a file that is not UTF-8, naming the line of its first bad byte when {@code line > 0}. */
    public static Label reason(long line) {
        String zhWhere = line > 0 ? "（第 " + line + " 行首次出现非 UTF-8 字节）" : "";
        String enWhere = line > 0 ? " (first non-UTF-8 byte on line " + line + ")" : "";
        return Label.of("文件不是 UTF-8 编码的文本" + zhWhere + "：请另存为 UTF-8（Excel 中选择“CSV UTF-8”）后重新导入",
                "the file is not UTF-8 text" + enWhere + ": save it as UTF-8 (in Excel: \"CSV UTF-8\") and import it again");
    }

    @Override
    public String getMessage() {
        return reason().en();
    }

    @Override
    public String in(Language language) {
        return reason().in(language);
    }
}

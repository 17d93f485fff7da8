package io.clientlens.importing;

import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;

/**
 * An import file refused as a whole before anything of it is stored, with what is wrong in both languages. The
 * messages never name the file's path: on the server that is where the upload was kept, not what the user chose.
 */
public final class FileRefused extends InputRejected {
    private static final long serialVersionUID = 1L;

    /** What is said of a file that is empty or holds only its header: importing it would silently do nothing. */
    public static final Label NO_ROWS = Label.of("文件中没有数据行（文件为空或只有表头），未导入任何内容",
            "the file holds no rows (it is empty or has only the header); nothing was imported");

    private FileRefused(Label reason) {
        super(reason);
    }

    /** A file that is empty or holds only its header. */
    public static FileRefused noRows() {
        return new FileRefused(NO_ROWS);
    }
}

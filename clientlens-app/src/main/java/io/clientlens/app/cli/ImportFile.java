package io.clientlens.app.cli;

import io.clientlens.app.importing.ImportFailed;

import java.nio.file.Files;
import java.nio.file.Path;

/** The file an import command was given, refused in the user's language before anything starts when it is not one. */
final class ImportFile {
    private ImportFile() {
    }

    /** Passes a regular file; a folder is said to be one, since "no such file" would send the user looking for it. */
    static Path required(Say say, Path file) {
        if (Files.isDirectory(file)) {
            throw new ImportFailed(say.t("这是文件夹，不是文件：", "This is a folder, not a file: ") + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportFailed(say.t("文件不存在：", "No such file: ") + file);
        }
        return file;
    }
}

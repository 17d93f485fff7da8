package io.clientlens.batch.berka;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.clientlens.importing.NotUtf8Text;
import io.clientlens.importing.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a Berka file as a stream of records positioned after its checked header. */
final class BerkaCsv {
    private BerkaCsv() {
    }

    /** Fails unless every file exists and starts with its header; reads only the first line of each. */
    static void requireFiles(Path dir) {
        for (BerkaFile file : BerkaFile.values()) {
            close(open(dir, file));
        }
    }

    /** The data records of a file; the caller closes the iterator. */
    static CloseableIterator<CsvRecord> open(Path dir, BerkaFile file) {
        Path path = dir.resolve(file.fileName());
        if (!Files.isRegularFile(path)) {
            throw new BerkaImportFailed(dir.toAbsolutePath() + " 中缺少 Berka 文件 " + file.fileName() + "；Berka 数据集需要 "
                    + allFileNames().replace(", ", "、"), "Berka file " + file.fileName() + " is missing in " + dir.toAbsolutePath()
                    + "; the Berka data set needs " + allFileNames());
        }
        CloseableIterator<CsvRecord> records = reader(path).iterator();
        try {
            requireHeader(dir, file, records);
        } catch (UncheckedIOException unreadable) {
            close(records);
            throw unreadable(dir, file, unreadable);
        } catch (RuntimeException badHeader) {
            close(records);
            throw badHeader;
        }
        return records;
    }

    /**
     * Why a file could not be read on, naming the file: of eight files, "not UTF-8 on line 12" alone would not say
     * which one to save again.
     */
    static BerkaImportFailed unreadable(Path dir, BerkaFile file, RuntimeException failure) {
        String zhWhere = dir.toAbsolutePath() + " 中的 " + file.fileName();
        String enWhere = file.fileName() + " in " + dir.toAbsolutePath();
        if (failure.getCause() instanceof NotUtf8Text notText) {
            return new BerkaImportFailed(zhWhere + "：" + notText.reason().zh(), enWhere + ": " + notText.reason().en(), failure);
        }
        return new BerkaImportFailed("无法读取 " + zhWhere + "：" + failure.getMessage(),
                "cannot read " + enWhere + ": " + failure.getMessage(), failure);
    }

    static void close(CloseableIterator<CsvRecord> records) {
        try {
            records.close();
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    private static CsvReader<CsvRecord> reader(Path path) {
        try {
            // Field counts are checked per row by BerkaRow, so that a short row becomes an issue, not an abort;
            // an unclosed quote is how a cut-off last line looks.
            return CsvReader.builder()
                    .fieldSeparator(';')
                    .allowUnclosedQuote(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    // strictly UTF-8, so that a file saved in another encoding is refused instead of imported as garbage;
                    // the reader drops the byte order mark a spreadsheet on Windows may write
                    .ofCsvRecord(Utf8Text.reader(Files.newInputStream(path)));
        } catch (IOException unreadable) {
            throw new BerkaImportFailed("无法读取 " + path.toAbsolutePath() + "：" + unreadable.getMessage(),
                    "cannot read " + path.toAbsolutePath() + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private static void requireHeader(Path dir, BerkaFile file, CloseableIterator<CsvRecord> records) {
        String where = file.fileName() + " in " + dir.toAbsolutePath();
        String whereZh = dir.toAbsolutePath() + " 中的 " + file.fileName();
        if (!records.hasNext()) {
            throw new BerkaImportFailed(whereZh + " 是空文件，应有表头 " + file.header(),
                    where + " is empty; expected the header " + file.header());
        }
        var header = records.next().getFields();
        if (!header.equals(file.header())) {
            throw new BerkaImportFailed(whereZh + " 的表头为 " + header + "，应为 " + file.header(),
                    where + " has the header " + header + "; expected " + file.header());
        }
    }

    private static String allFileNames() {
        StringBuilder names = new StringBuilder();
        for (BerkaFile file : BerkaFile.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(file.fileName());
        }
        return names.toString();
    }
}

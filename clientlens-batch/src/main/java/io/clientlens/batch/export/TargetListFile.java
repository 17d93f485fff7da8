package io.clientlens.batch.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one writer of target lists, for the command line ({@code segment export}) and the web (dashboards) alike: the same
 * columns, CSV in UTF-8 with a byte order mark and CRLF line ends (Excel opens the Chinese text directly), every cell made
 * safe for spreadsheets ({@link CsvCell}) after masking; or an XLSX workbook that keeps only a window of rows in memory.
 */
public final class TargetListFile {
    /** The columns, in order. */
    public static final List<String> HEADER = List.of("customerId", "name", "residentId", "mobile", "region",
            "aumTier", "valueClass", "serviceClass", "rfmSegment", "aum", "segments");

    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        /** csv or xlsx, any case; null for anything else. */
        public static Format parse(String text) {
            return text == null ? null : Arrays.stream(values())
                    .filter(f -> f.name().equals(text.trim().toUpperCase(Locale.ROOT))).findFirst().orElse(null);
        }
    }

    /** Rows in, a file out; the header is written first. Closing finishes the file but leaves the stream open. */
    public interface Sink extends AutoCloseable {
        void row(List<String> values) throws IOException;

        @Override
        void close() throws IOException;
    }

    private TargetListFile() {
    }

    public static Sink open(Format format, OutputStream out) throws IOException {
        Sink sink = format == Format.CSV ? new CsvSink(out) : new XlsxSink(out);
        sink.row(HEADER);
        return sink;
    }

    private static final class CsvSink implements Sink {
        private final Writer writer;
        private final CsvWriter csv;

        CsvSink(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        }

        @Override
        public void row(List<String> values) {
            csv.writeRecord(CsvCell.safe(values));
        }

        @Override
        public void close() throws IOException {
            csv.flush();
            writer.flush();
        }
    }

    private static final class XlsxSink implements Sink {
        private final OutputStream out;
        private final SXSSFWorkbook book = new SXSSFWorkbook(200);
        private final Sheet sheet = book.createSheet("targets");
        private int next;

        XlsxSink(OutputStream out) {
            this.out = out;
        }

        @Override
        public void row(List<String> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
            }
        }

        @Override
        public void close() throws IOException {
            try {
                book.write(out);
                out.flush();
            } finally {
                book.close();
            }
        }
    }
}

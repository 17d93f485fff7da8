package io.clientlens.batch.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.clientlens.code.Dimension;
import io.clientlens.code.Language;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one writer of target lists, for the command line ({@code segment export}) and the web (dashboards) alike: the same
 * columns with headers in the user's language (Chinese or English), every class as its label in that language, the
 * branch and the relationship manager (so that leads can be handed out), CSV in UTF-8 with a byte order mark and CRLF
 * line ends (Excel opens the Chinese text directly), every cell made safe for spreadsheets ({@link CsvCell}) after
 * masking; or an XLSX workbook that keeps only a window of rows in memory, its AUM a number. docs/SEGMENTS.md, "Target
 * lists", shows the columns.
 */
public final class TargetListFile {
    /** The columns, in order, as their keys (the header is their names in the user's language). */
    public static final List<String> COLUMNS = List.of("customerId", "name", "residentId", "mobile", "branch", "relationshipManager",
            "region", "aumTier", "valueClass", "serviceClass", "rfmSegment", "aum", "segments");
    /** The classes shown, each as its label: the dimension's name heads the column. */
    static final List<Dimension> CLASSES = List.of(Dimension.REGION, Dimension.AUM_TIER, Dimension.VALUE_CLASS,
            Dimension.SERVICE_CLASS, Dimension.RFM_SEGMENT);
    private static final int AUM_COLUMN = COLUMNS.indexOf("aum");

    /**
     * A customer on a list: identity as it is to be written (masked by the caller unless an audited clear export), the
     * codes of the run (shown as labels), the AUM and the labels of the custom segments the customer belongs to.
     */
    public record Entry(String customerId, String name, String residentId, String mobile, String branch, String relationshipManager,
                        Map<String, String> codes, BigDecimal aum, List<String> segments) {
    }

    /** The header in a language. */
    public static List<String> header(Language lang) {
        List<String> header = new ArrayList<>();
        header.add(lang == Language.EN ? "Customer id" : "客户号");
        header.add(lang == Language.EN ? "Name" : "姓名");
        header.add(lang == Language.EN ? "Resident ID" : "身份证号");
        header.add(lang == Language.EN ? "Mobile" : "手机号");
        header.add(lang == Language.EN ? "Branch" : "网点");
        header.add(lang == Language.EN ? "Relationship manager" : "客户经理");
        for (Dimension d : CLASSES) {
            header.add(d.label().in(lang));
        }
        header.add(lang == Language.EN ? "AUM" : "资产（AUM）");
        header.add(lang == Language.EN ? "Custom segments" : "所属自定义分群");
        return header;
    }

    /** One row's cells: codes as labels in the language (free text such as the region as it is), AUM as a plain number. */
    public static List<String> cells(Entry e, Language lang) {
        List<String> cells = new ArrayList<>(Arrays.asList(e.customerId(), e.name(), e.residentId(), e.mobile(), e.branch(),
                e.relationshipManager()));
        for (Dimension d : CLASSES) {
            String code = e.codes().get(d.code());
            cells.add(code == null ? null : d.isFreeText() ? code : d.labelOf(code).in(lang));
        }
        cells.add(e.aum() == null ? null : e.aum().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()); // yuan and fen
        cells.add(String.join(lang == Language.EN ? "; " : "；", e.segments()));
        return cells;
    }

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

    /** Customers in, a file out; the header is written first. Closing finishes the file but leaves the stream open. */
    public static final class Sink implements AutoCloseable {
        private final Cells cells;
        private final Language lang;

        private Sink(Cells cells, Language lang) {
            this.cells = cells;
            this.lang = lang;
        }

        public void add(Entry e) throws IOException {
            cells.row(cells(e, lang));
        }

        @Override
        public void close() throws IOException {
            cells.close();
        }
    }

    private interface Cells {
        void row(List<String> values) throws IOException;

        void close() throws IOException;
    }

    private TargetListFile() {
    }

    public static Sink open(Format format, OutputStream out, Language lang) throws IOException {
        Cells cells = format == Format.CSV ? new CsvSink(out) : new XlsxSink(out, lang == Language.EN ? "Target customers" : "目标客户");
        cells.row(header(lang));
        return new Sink(cells, lang);
    }

    private static final class CsvSink implements Cells {
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

    private static final class XlsxSink implements Cells {
        private final OutputStream out;
        private final SXSSFWorkbook book = new SXSSFWorkbook(200);
        private final Sheet sheet;
        /** Amounts as a spreadsheet shows money: thousands separators and two decimals. */
        private final org.apache.poi.ss.usermodel.CellStyle amount;
        private int next;

        XlsxSink(OutputStream out, String sheetName) {
            this.out = out;
            this.sheet = book.createSheet(sheetName);
            this.amount = book.createCellStyle();
            amount.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        }

        @Override
        public void row(List<String> values) {
            boolean header = next == 0;
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                if (i == AUM_COLUMN && !header && v != null) {
                    var cell = row.createCell(i);
                    cell.setCellValue(new BigDecimal(v).doubleValue()); // a number Excel sums and aligns right
                    cell.setCellStyle(amount);
                } else {
                    row.createCell(i).setCellValue(v == null ? "" : v);
                }
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

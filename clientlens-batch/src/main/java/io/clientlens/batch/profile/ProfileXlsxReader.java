package io.clientlens.batch.profile;

import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * Reads profiles from the first sheet of an Excel {@code .xlsx} workbook: a header row naming the
 * columns of {@code docs/import-columns.md}, then one customer per row. Text, number, date and
 * boolean cells are all accepted.
 *
 * <p>The sheet is streamed row by row (SAX over the sheet XML), so a large sheet is neither
 * loaded into memory as a workbook nor read twice; numbers are taken from the stored text,
 * not through {@code double}.
 */
public final class ProfileXlsxReader {
    private ProfileXlsxReader() {
    }

    public static void read(Path file, Consumer<Profile> good, Consumer<ImportIssue> bad) {
        readLocated(file, (profile, line) -> good.accept(profile), bad);
    }

    /** As {@link #read}, also telling the line (or sheet row) each profile came from. */
    public static void readLocated(Path file, ObjLongConsumer<Profile> good, Consumer<ImportIssue> bad) {
        TableRows rows = new TableRows(file.toString(), good, bad);
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            SharedStrings strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                rows.fileProblem(0, new ProfileProblem("", "工作簿中没有工作表", "the workbook has no sheet"));
                return;
            }
            try (InputStream firstSheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetRows(strings, styles, rows));
                xml.parse(new InputSource(firstSheet));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | UnsupportedFileFormatException
                 | POIXMLException notAWorkbook) {
            // the library's text names the server's temporary file and its own classes: not for the person importing
            rows.fileProblem(0, new ProfileProblem("", "无法读取 Excel 文件：文件不是 .xlsx 工作簿或已损坏；请在 Excel 中另存为 .xlsx 后重新导入",
                    "cannot read the Excel file: it is not an .xlsx workbook or it is damaged; save it from Excel as .xlsx and import it again"));
        }
    }
}

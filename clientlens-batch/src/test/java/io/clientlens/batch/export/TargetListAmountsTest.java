package io.clientlens.batch.export;

import io.clientlens.code.Language;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A target list's AUM is money: two decimals in CSV, a number formatted with separators and two decimals in Excel. */
class TargetListAmountsTest {
    static final TargetListFile.Entry ENTRY = new TargetListFile.Entry("C1", "王*", "1101*************X", "138****8000", "BR001", "RM01",
            Map.of(), new BigDecimal("599082.6"), List.of());

    @Test
    void theCsvCellHasTwoDecimals() {
        List<String> cells = TargetListFile.cells(ENTRY, Language.ZH);
        assertThat(cells.get(TargetListFile.header(Language.ZH).indexOf("资产（AUM）"))).isEqualTo("599082.60");
    }

    @Test
    void theWorkbookCellIsANumberShownAsMoney() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TargetListFile.Sink sink = TargetListFile.open(TargetListFile.Format.XLSX, out, Language.ZH)) {
            sink.add(ENTRY);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            int column = TargetListFile.header(Language.ZH).indexOf("资产（AUM）");
            var cell = book.getSheetAt(0).getRow(1).getCell(column);
            assertThat(cell.getNumericCellValue()).isEqualTo(599082.6);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }
}

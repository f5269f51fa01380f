package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.mailcompliance.report.ListSheet.Column;

class ListSheetTest {

    @Test
    void aListLongerThanASheetContinuesOnNumberedSheetsWithTheSameHeader() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            ReportTexts texts = new ReportTexts(new Locale("vi"));
            ListSheet list = new ListSheet(workbook, "Mật khẩu", List.of(new Column("Hộp thư", 30)),
                    new Styles(workbook, texts), new PrintLayout.Heading(texts, "Bộ", "Tháng 10/2026"), 4);
            for (int i = 0; i < 7; i++) {
                list.add().text("m" + i);
            }
            list.close();

            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(1)).isEqualTo("Mật khẩu (2)");
            assertThat(workbook.getSheetName(2)).isEqualTo("Mật khẩu (3)");
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hộp thư");
            assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getStringCellValue()).isEqualTo("m6");
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
            workbook.write(OutputStream.nullOutputStream());
        }
    }

    @Test
    void aSheetHoldsTheExcelMaximumOfRows() {
        assertThat(ListSheet.MAX_ROWS).isEqualTo(1_048_576);
    }
}

package vn.mailcompliance.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** Writes the monthly leadership workbook. */
@Component
public class MonthlyWorkbookWriter {

    private final ReportProperties settings;

    MonthlyWorkbookWriter(ReportProperties settings) {
        this.settings = settings;
    }

    public Path write(MonthlyReport report) throws IOException {
        Path target = settings.monthlyWorkbook(report.period());
        Files.createDirectories(target.getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet method = workbook.createSheet("Phương pháp");
            int r = 0;
            for (var entry : report.method().entrySet()) {
                Row row = method.createRow(r++);
                row.createCell(0).setCellValue(entry.getKey());
                row.createCell(1).setCellValue(entry.getValue());
            }
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }
}

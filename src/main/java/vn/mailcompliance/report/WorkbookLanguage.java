package vn.mailcompliance.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The language a workbook already written is in, told by the name of its first sheet. A completed period is never
 * rewritten, so an operator who asks for another language must be told the workbook is still in the first one.
 */
public final class WorkbookLanguage {

    private static final List<Locale> LANGUAGES = List.of(new Locale("vi"), Locale.ENGLISH);

    private WorkbookLanguage() {
    }

    /** Reads only the workbook's list of sheets, however many rows it holds; empty when unreadable or unknown. */
    public static Optional<Locale> of(Path workbook) {
        if (!Files.isRegularFile(workbook)) {
            return Optional.empty();
        }
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            if (!sheets.hasNext()) {
                return Optional.empty();
            }
            try (InputStream ignored = sheets.next()) {
                String first = sheets.getSheetName();
                return LANGUAGES.stream().filter(l -> new ReportTexts(l).sheet("summary").equals(first)).findFirst();
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

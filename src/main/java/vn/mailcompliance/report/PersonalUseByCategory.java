package vn.mailcompliance.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.personaluse.Category;

/**
 * Article 16 at a glance, below the Personal use list: the units' counted PERSONAL_USE findings per category of
 * service, so a leader sees whether official mailboxes are used for banking, shopping or social networks.
 */
final class PersonalUseByCategory {

    private final ReportTexts texts;
    private final Styles styles;

    PersonalUseByCategory(ReportTexts texts, Styles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(Sheet sheet, int top, List<Finding> findings, List<UnitFigures> units, MailboxNames names,
               Scoring scoring) {
        Map<String, Map<Category, Integer>> counts = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.details() instanceof Details.PersonalUse usage && usage.category() != null
                    && scoring.standing(finding) == Standing.COUNTED) {
                String unit = names.unitCodeOf(finding) == null ? "" : names.unitCodeOf(finding);
                counts.computeIfAbsent(unit, k -> new EnumMap<>(Category.class))
                        .merge(Category.valueOf(usage.category()), 1, Integer::sum);
            }
        }
        new Cells(sheet.createRow(top), styles).text(texts.text("title.personalUseByCategory"), styles.bold);
        Row header = sheet.createRow(top + 1);
        List<String> headers = new ArrayList<>(List.of(texts.column("unitCode"), texts.column("unitName")));
        Arrays.stream(Category.values()).map(texts::category).forEach(headers::add);
        headers.add(texts.text("label.total"));
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(styles.header);
        }
        header.setHeightInPoints(48);
        int r = top + 1;
        Map<Category, Integer> total = new EnumMap<>(Category.class);
        for (UnitFigures unit : units) {
            Map<Category, Integer> ofUnit = counts.getOrDefault(unit.unitCode(), Map.of());
            Cells cells = new Cells(sheet.createRow(++r), styles).text(unit.unitCode()).text(unit.unitName());
            for (Category category : Category.values()) {
                cells.number(ofUnit.getOrDefault(category, 0));
                total.merge(category, ofUnit.getOrDefault(category, 0), Integer::sum);
            }
            cells.number(ofUnit.values().stream().mapToInt(Integer::intValue).sum());
        }
        Cells totals = new Cells(sheet.createRow(++r), styles).text("").text(texts.text("label.total"), styles.bold);
        for (Category category : Category.values()) {
            totals.number(total.getOrDefault(category, 0));
        }
        totals.number(total.values().stream().mapToInt(Integer::intValue).sum());
    }
}

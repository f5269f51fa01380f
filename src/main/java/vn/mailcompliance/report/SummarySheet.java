package vn.mailcompliance.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.personaluse.Category;

/**
 * The Summary sheet: a title block, one line per unit with a total line, a bar chart of the score per unit, and the
 * personal use per unit and category of service. It is built with XSSF because charts need it; it is small (one line
 * per unit).
 */
final class SummarySheet {

    private static final int CHART_ROWS = 22;

    private final ReportTexts texts;
    private final Styles styles;

    SummarySheet(ReportTexts texts, Styles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, MonthlyReport report, List<UnitFigures> units, MailboxNames names) {
        XSSFSheet sheet = workbook.createSheet(texts.sheet("summary"));
        int r = titleBlock(sheet, report);
        int headerRow = ++r;
        header(sheet.createRow(headerRow));
        int firstUnitRow = headerRow + 1;
        MonthlyReport.SentShare none = new MonthlyReport.SentShare(0, 0, 0);
        MonthlyReport.SentShare allSent = none;
        for (UnitFigures unit : units) {
            MonthlyReport.SentShare sent = report.sentMail().getOrDefault(unit.unitCode(), none);
            line(new Cells(sheet.createRow(++r), styles), unit, unit.unitCode()).number(sent.percent());
            allSent = allSent.plus(sent);
        }
        int lastUnitRow = r;
        UnitFigures total = UnitFigures.total(units, texts.text("label.total"));
        Row totalRow = sheet.createRow(++r);
        line(new Cells(totalRow, styles), total, null).number(allSent.percent());
        totalRow.getCell(1).setCellStyle(styles.bold);
        int columns = columns().size();
        sheet.createFreezePane(2, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastUnitRow, 0, columns - 1));
        List<Integer> widths = widths();
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
        if (!units.isEmpty()) {
            chart(sheet, firstUnitRow, lastUnitRow, scoreColumn(), r + 2);
        }
        personalUseByCategory(sheet, report, units, names, r + 2 + CHART_ROWS + 1);
        printOnePageWide(sheet);
    }

    /** Leadership prints this sheet: landscape, all columns on the page width. */
    private static void printOnePageWide(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * Article 16 at a glance: the unit's PERSONAL_USE findings (waived ones left out) per category of service, so a
     * leader sees whether the official mailbox is used for banking, shopping or social networks.
     */
    private void personalUseByCategory(XSSFSheet sheet, MonthlyReport report, List<UnitFigures> units,
                                       MailboxNames names, int top) {
        Map<String, Map<Category, Integer>> counts = new HashMap<>();
        for (Finding finding : report.findings()) {
            if (finding.code() == FindingCode.PERSONAL_USE && !finding.details().containsKey(FindingRepository.WAIVER)
                    && finding.details().get("category") != null) {
                String unit = names.unitCodeOf(finding) == null ? "" : names.unitCodeOf(finding);
                counts.computeIfAbsent(unit, k -> new EnumMap<>(Category.class))
                        .merge(Category.valueOf(finding.details().get("category")), 1, Integer::sum);
            }
        }
        sheet.createRow(top).createCell(0).setCellValue(texts.text("title.personalUseByCategory"));
        sheet.getRow(top).getCell(0).setCellStyle(styles.bold);
        Row header = sheet.createRow(top + 1);
        List<String> columns = new ArrayList<>(List.of(texts.column("unitCode"), texts.column("unitName")));
        Arrays.stream(Category.values()).map(texts::category).forEach(columns::add);
        columns.add(texts.text("label.total"));
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
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

    private int titleBlock(XSSFSheet sheet, MonthlyReport report) {
        sheet.createRow(0).createCell(0).setCellValue(texts.text("title.monthly"));
        sheet.getRow(0).getCell(0).setCellStyle(styles.title);
        new Cells(sheet.createRow(1), styles).text(texts.text("label.organization"), styles.bold)
                .text(report.organization());
        new Cells(sheet.createRow(2), styles).text(texts.text("label.period"), styles.bold)
                .text(report.period().toString());
        new Cells(sheet.createRow(3), styles).text(texts.text("label.evaluatedAt"), styles.bold)
                .dateTime(report.evaluatedAt());
        new Cells(sheet.createRow(4), styles).text(texts.text("label.jobExecutionId"), styles.bold)
                .number(report.run().jobExecutionId());
        return 5;
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(texts.column("unitCode"), texts.column("unitName"),
                texts.column("mailboxes")));
        for (FindingCode code : FindingCode.values()) {
            columns.add(texts.label(code) + "\n(" + code.name() + ")");
        }
        columns.addAll(List.of(texts.column("mailboxesInBreach"), texts.column("score"),
                texts.column("previousScore"), texts.column("scoreChange"), texts.column("findings"),
                texts.column("previousFindings"), texts.column("findingsChange"), texts.column("signedShare")));
        return columns;
    }

    private List<Integer> widths() {
        List<Integer> widths = new ArrayList<>(List.of(12, 34, 10));
        for (int i = 0; i < FindingCode.values().length; i++) {
            widths.add(16);
        }
        widths.addAll(List.of(12, 12, 12, 12, 12, 12, 12, 14));
        return widths;
    }

    private int scoreColumn() {
        return 3 + FindingCode.values().length + 1;
    }

    private void header(Row row) {
        List<String> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            row.createCell(i).setCellValue(columns.get(i));
            row.getCell(i).setCellStyle(styles.header);
        }
        row.setHeightInPoints(62);
    }

    /** A unit's figures; the caller adds the signed share of sent mail (article 16) after them. */
    private Cells line(Cells cells, UnitFigures unit, String unitCode) {
        cells.text(unitCode).text(unit.unitName()).number(unit.mailboxes());
        for (FindingCode code : FindingCode.values()) {
            cells.number(unit.counts().getOrDefault(code, 0));
        }
        Double score = unit.score();
        Double previous = unit.previousScore();
        cells.number(unit.inBreach())
                .number(score)
                .number(previous)
                .number(score == null || previous == null ? null : score - previous, styles.signedDecimal)
                .number(unit.breaches())
                .number(unit.previousBreaches())
                .number(unit.previousBreaches() == null ? null : unit.breaches() - unit.previousBreaches(),
                        styles.signedInteger);
        return cells;
    }

    private void chart(XSSFSheet sheet, int firstRow, int lastRow, int scoreColumn, int top) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, 12, top + CHART_ROWS));
        chart.setTitleText(texts.text("chart.scoreTitle"));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis score = chart.createValueAxis(AxisPosition.LEFT);
        score.setCrosses(AxisCrosses.AUTO_ZERO);
        score.setMinimum(0);
        score.setMaximum(100);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, score);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        var series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(firstRow, lastRow, scoreColumn, scoreColumn)));
        series.setTitle(texts.text("chart.scoreSeries"), null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(data);
    }
}

package vn.mailcompliance.report;

import static vn.mailcompliance.report.ReportTexts.number;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.report.MonthlyReport.CoverageRow;

/**
 * The Summary, read in 30 seconds: rows 1-8 a headline panel (organisation, period, the score with last month's and
 * the change, mailboxes in breach, coverage of the scan, the three worst units) beside a chart of the units' scores
 * this month and last against the target; then one row per unit ranked worst first, with traffic lights on the score
 * and its change: one printed page. A unit's own workbook
 * shows its own row, its rank and the organisation's line. It is built with XSSF because charts need it; it is
 * small (one line per unit).
 */
final class SummarySheet {

    /** Rows of the headline panel; the ranking table's header follows a blank row. */
    static final int HEADLINE_ROWS = 8;
    static final int HEADER_ROW = HEADLINE_ROWS + 1;
    /** The counted codes the Summary shows one by one; the other counted codes share one column. */
    private static final List<FindingCode> OWN_COLUMN = List.of(FindingCode.PASSWORD_NEVER_CHANGED,
            FindingCode.PASSWORD_EXPIRED, FindingCode.UNIT_BACKLOG, FindingCode.PERSONAL_USE);
    private static final Set<FindingCode> OTHER = EnumSet.complementOf(EnumSet.of(FindingCode.PASSWORD_NEVER_CHANGED,
            FindingCode.PASSWORD_EXPIRED, FindingCode.UNIT_BACKLOG, FindingCode.PERSONAL_USE));
    /** The headline's value spans these columns (B..F), the chart the columns after them. */
    private static final int VALUE_LAST_COLUMN = 5;
    private static final int WORST_SHOWN = 3;

    private final ReportTexts texts;
    private final Styles styles;
    private final ReportProperties settings;

    SummarySheet(ReportTexts texts, Styles styles, ReportProperties settings) {
        this.texts = texts;
        this.styles = styles;
        this.settings = settings;
    }

    /** What a cell of a column holds and how it is shown. */
    private enum Kind { TEXT, INTEGER, SCORE, CHANGE }

    /** One column of the ranking: its header, width in characters, kind and value for a unit's line. */
    private record Column(String header, int width, Kind kind, Function<UnitFigures, Object> value) {
    }

    /**
     * The columns of the ranking table, left to right: the one place that lists them (a new per-unit figure is one more
     * entry here).
     */
    private List<Column> columns(Scoreboard board, MonthlyReport report) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitName"), 36, Kind.TEXT, UnitFigures::unitName),
                new Column(texts.column("unitCode"), 8, Kind.TEXT, UnitFigures::unitCode),
                new Column(texts.column("score"), 7, Kind.SCORE, UnitFigures::score),
                new Column(texts.column("previousScore"), 8, Kind.SCORE, u -> board.previousEvaluated()
                        ? u.previousScore() : texts.text("label.notEvaluated")),
                new Column(texts.column("scoreChange"), 7, Kind.CHANGE, UnitFigures::change),
                new Column(texts.column("mailboxesJudged"), 8, Kind.INTEGER, UnitFigures::mailboxes),
                new Column(texts.column("mailboxesInBreach"), 8, Kind.INTEGER, UnitFigures::inBreach)));
        for (FindingCode code : OWN_COLUMN) {
            columns.add(new Column(texts.label(code), 9, Kind.INTEGER, u -> u.counted(EnumSet.of(code))));
        }
        columns.add(new Column(texts.column("otherBreaches"), 9, Kind.INTEGER, u -> u.counted(OTHER)));
        columns.add(new Column(texts.column("notCounted"), 10, Kind.INTEGER,
                u -> u.notCounted().values().stream().mapToInt(Integer::intValue).sum()));
        columns.add(new Column(texts.column("signedShare"), 9, Kind.SCORE, u -> signedShare(report, board, u)));
        return columns;
    }

    /** The signed share of a unit's sent mail (article 16), or of all units' for the total row. */
    private static Double signedShare(MonthlyReport report, Scoreboard board, UnitFigures unit) {
        MonthlyReport.SentShare none = new MonthlyReport.SentShare(0, 0, 0);
        return unit == board.total()
                ? report.sentMail().values().stream().reduce(none, MonthlyReport.SentShare::plus).percent()
                : report.sentMail().getOrDefault(unit.unitCode(), none).percent();
    }

    /**
     * @param focus the unit of a unit's own workbook; {@code null} for the organisation's workbook
     */
    void write(XSSFWorkbook workbook, MonthlyReport report, Scoreboard board, MailboxNames names, Scoring scoring,
               String focus) {
        XSSFSheet sheet = workbook.createSheet(texts.sheet("summary"));
        List<Column> columns = columns(board, report);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        if (focus == null) {
            headline(sheet, report, board);
        } else {
            unitHeadline(sheet, report, board, board.unit(focus));
        }
        sheet.createRow(HEADLINE_ROWS).setHeightInPoints(8);
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).header());
            header.getCell(i).setCellStyle(styles.header);
        }
        header.setHeightInPoints(86);
        List<UnitFigures> units = focus == null ? board.units() : List.of(board.unit(focus));
        int r = HEADER_ROW;
        for (UnitFigures unit : units) {
            line(sheet.createRow(++r), columns, unit, false);
        }
        int lastUnitRow = r;
        line(sheet.createRow(++r), columns, board.total(), true);
        trafficLights(sheet, columns, HEADER_ROW + 1, r);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastUnitRow, 0, columns.size() - 1));
        if (focus == null && units.stream().anyMatch(Scoreboard::isRanked)) {
            chart(sheet, board, columns.size());
        }
        PrintLayout.apply(sheet, PrintLayout.Heading.of(texts, report), -1, 0);
    }

    private void line(Row row, List<Column> columns, UnitFigures unit, boolean total) {
        Cells cells = new Cells(row, styles);
        for (Column column : columns) {
            Object value = total && column.kind() == Kind.TEXT && column != columns.get(0) ? null
                    : column.value().apply(unit);
            if (value instanceof String text) {
                cells.text(text, total ? styles.bold : styles.plain);
            } else {
                Number number = (Number) value;
                cells.number(number, switch (column.kind()) {
                    case SCORE -> styles.decimal;
                    case CHANGE -> styles.signedDecimal;
                    default -> styles.integer;
                });
            }
        }
    }

    /** Green, amber, red on the score (compliance.report.score-thresholds); green or red on a change. */
    private void trafficLights(XSSFSheet sheet, List<Column> columns, int firstRow, int lastRow) {
        for (int i = 0; i < columns.size(); i++) {
            Kind kind = columns.get(i).kind();
            if (kind == Kind.SCORE && i == scoreColumn(columns)) {
                scoreLights(sheet, new CellRangeAddress(firstRow, lastRow, i, i));
            } else if (kind == Kind.CHANGE) {
                SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
                ConditionalFormattingRule up = formatting.createConditionalFormattingRule(ComparisonOperator.GT, "0");
                up.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
                ConditionalFormattingRule down = formatting.createConditionalFormattingRule(ComparisonOperator.LT,
                        "0");
                down.createPatternFormatting().setFillBackgroundColor(IndexedColors.CORAL.getIndex());
                formatting.addConditionalFormatting(
                        new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, i, i)}, up, down);
            }
        }
    }

    private void scoreLights(XSSFSheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String cell = new org.apache.poi.ss.util.CellReference(range.getFirstRow(), range.getFirstColumn(), false,
                false).formatAsString();
        // A formula rule, so that an empty cell (a unit with no mailbox) stays uncoloured.
        ConditionalFormattingRule green = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(" + cell + ")," + cell + ">=" + number(settings.green()) + ")");
        green.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        ConditionalFormattingRule amber = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(" + cell + ")," + cell + ">=" + number(settings.amber()) + ")");
        amber.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        ConditionalFormattingRule red = formatting.createConditionalFormattingRule("ISNUMBER(" + cell + ")");
        red.createPatternFormatting().setFillBackgroundColor(IndexedColors.CORAL.getIndex());
        formatting.addConditionalFormatting(new CellRangeAddress[] {range},
                new ConditionalFormattingRule[] {green, amber, red});
    }

    private static int scoreColumn(List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == Kind.SCORE) {
                return i;
            }
        }
        throw new IllegalStateException("The Summary has no score column");
    }

    private void headline(XSSFSheet sheet, MonthlyReport report, Scoreboard board) {
        UnitFigures total = board.total();
        title(sheet, report);
        panelRow(sheet, 1, "headline.organization").text(report.organization(), styles.bold);
        Cells score = panelRow(sheet, 2, "headline.score");
        score.number(total.score(), styles.headlineScore);
        scoreLights(sheet, new CellRangeAddress(2, 2, 1, 1));
        score.text(texts.format("headline.target", number(settings.targetScore()), number(settings.green()),
                number(settings.amber())), styles.plain);
        panelRow(sheet, 3, "headline.previous").text(previous(board, total), styles.plain);
        panelRow(sheet, 4, "headline.inBreach").text(texts.format("headline.inBreachValue", total.inBreach(),
                total.mailboxes(), percent(total.inBreach(), total.mailboxes())), styles.plain);
        panelRow(sheet, 5, "headline.coverage").text(coverage(report.coverage()), styles.wrap);
        panelRow(sheet, 6, "headline.worst").text(board.worst(WORST_SHOWN).stream()
                .map(u -> texts.format("headline.unitScore", u.unitName(), texts.oneDecimal(u.score())))
                .collect(Collectors.joining("; ")), styles.wrap);
        panelRow(sheet, 7, "headline.notCounted").text(notCounted(total), styles.wrap);
        mergeValues(sheet);
    }

    private void unitHeadline(XSSFSheet sheet, MonthlyReport report, Scoreboard board, UnitFigures unit) {
        title(sheet, report);
        panelRow(sheet, 1, "headline.unit").text(unit.unitName() + " (" + unit.unitCode() + ")", styles.bold);
        Cells score = panelRow(sheet, 2, "headline.unitScore");
        score.number(unit.score(), styles.headlineScore);
        scoreLights(sheet, new CellRangeAddress(2, 2, 1, 1));
        score.text(texts.format("headline.target", number(settings.targetScore()), number(settings.green()),
                number(settings.amber())), styles.plain);
        panelRow(sheet, 3, "headline.previous").text(previous(board, unit), styles.plain);
        Integer rank = board.ranks().get(unit.unitCode());
        panelRow(sheet, 4, "headline.rank").text(rank == null ? texts.text("label.notRanked")
                : texts.format("headline.rankValue", rank, board.rankedCount()), styles.plain);
        panelRow(sheet, 5, "headline.inBreach").text(texts.format("headline.inBreachValue", unit.inBreach(),
                unit.mailboxes(), percent(unit.inBreach(), unit.mailboxes())), styles.plain);
        panelRow(sheet, 6, "headline.organizationScore").text(texts.format("headline.unitScore",
                report.organization(), texts.oneDecimal(board.total().score())), styles.wrap);
        panelRow(sheet, 7, "headline.notCounted").text(notCounted(unit), styles.wrap);
        mergeValues(sheet);
    }

    private void title(XSSFSheet sheet, MonthlyReport report) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(24);
        new Cells(row, styles).text(texts.text("title.monthly") + " — " + texts.periodName(report.period()),
                styles.title);
    }

    private Cells panelRow(XSSFSheet sheet, int r, String labelKey) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(switch (r) {
            case 2 -> 28;
            case 5, 6, 7 -> 44;
            default -> 18;
        });
        return new Cells(row, styles).text(texts.text(labelKey), styles.bold);
    }

    /** Each headline value spans B..H (the score row: the score in B, the target beside it in C..H). */
    private static void mergeValues(XSSFSheet sheet) {
        for (int r = 1; r < HEADLINE_ROWS; r++) {
            sheet.addMergedRegion(r == 2 ? new CellRangeAddress(r, r, 2, VALUE_LAST_COLUMN)
                    : new CellRangeAddress(r, r, 1, VALUE_LAST_COLUMN));
        }
    }

    private String previous(Scoreboard board, UnitFigures unit) {
        YearMonth before = board.period().minusMonths(1);
        if (!board.previousEvaluated()) {
            return texts.format("headline.previousNotEvaluated", texts.periodName(before));
        }
        if (unit.previousScore() == null) {
            return texts.format("headline.previousNone", texts.periodName(before));
        }
        Double change = unit.change();
        return texts.format("headline.previousValue", texts.periodName(before), texts.oneDecimal(unit.previousScore()),
                change == null ? "" : texts.signedOneDecimal(change));
    }

    /** Scanned of to scan, failed, and the mailboxes not to scan with why (disabled accounts, group mailboxes). */
    private String coverage(List<CoverageRow> coverage) {
        long scanned = coverage.stream().filter(c -> c.status().equals("SCANNED")).count();
        long failed = coverage.stream().filter(c -> c.status().equals("FAILED")).count();
        Map<String, Long> skipped = new HashMap<>();
        coverage.stream().filter(c -> c.status().equals("SKIPPED"))
                .forEach(c -> skipped.merge(texts.reason(c.reason()), 1L, Long::sum));
        String notScanned = skipped.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey().toLowerCase(texts.locale()))
                .collect(Collectors.joining(", "));
        return texts.format("headline.coverageValue", scanned, scanned + failed, failed,
                notScanned.isEmpty() ? texts.text("label.none") : notScanned);
    }

    private String notCounted(UnitFigures unit) {
        return texts.format("headline.notCountedValue", unit.notCounted(Standing.REMINDER),
                unit.notCounted(Standing.NO_LONGER_ACTIVE) + unit.notCounted(Standing.WARNING),
                unit.notCounted(Standing.IT_CENTER), unit.notCounted(Standing.WAIVED));
    }

    /** Units sorted by score (worst first, as the table), this month and last as bars, the target as a line. */
    private void chart(XSSFSheet sheet, Scoreboard board, int columns) {
        List<UnitFigures> ranked = board.units().stream().filter(Scoreboard::isRanked).toList();
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + ranked.size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, VALUE_LAST_COLUMN + 1, 1,
                columns, HEADLINE_ROWS));
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // The target's values are in a hidden column beside the table; hidden cells must still be plotted.
        chart.setPlotOnlyVisibleCells(false);
        XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis score = chart.createValueAxis(AxisPosition.LEFT);
        score.setCrosses(AxisCrosses.AUTO_ZERO);
        score.setMinimum(0);
        score.setMaximum(100);
        score.setMajorUnit(25);
        var names = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 1, 1));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, score);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        series(bars, names, sheet, first, last, 2, "chart.thisMonth", PresetColor.STEEL_BLUE);
        if (board.previousEvaluated()) {
            series(bars, names, sheet, first, last, 3, "chart.lastMonth", PresetColor.SILVER);
        }
        chart.plot(bars);
        XDDFLineChartData target = (XDDFLineChartData) chart.createData(ChartTypes.LINE, units, score);
        for (int r = first; r <= last; r++) {
            sheet.getRow(r).createCell(columns + 1).setCellValue(settings.targetScore());
        }
        sheet.setColumnHidden(columns + 1, true);
        var line = (XDDFLineChartData.Series) target.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(
                sheet, new CellRangeAddress(first, last, columns + 1, columns + 1)));
        line.setTitle(texts.format("chart.target", number(settings.targetScore())), null);
        line.setMarkerStyle(MarkerStyle.NONE);
        line.setSmooth(false);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(
                XDDFColor.from(PresetColor.DARK_RED)));
        stroke.setWidth(2.0);
        shape.setLineProperties(stroke);
        line.setShapeProperties(shape);
        chart.plot(target);
    }

    private void series(XDDFBarChartData bars, org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource names,
                        XSSFSheet sheet, int first, int last, int column, String title, PresetColor color) {
        XDDFChartData.Series series = bars.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, column, column)));
        series.setTitle(texts.text(title), null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0" : String.valueOf(Math.round(100.0 * part / whole));
    }
}

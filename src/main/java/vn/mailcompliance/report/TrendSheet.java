package vn.mailcompliance.report;

import static vn.mailcompliance.report.ReportTexts.number;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.mailcompliance.report.ScoreHistory.UnitScore;

/**
 * The Trend sheet: the organisation's score and each unit's as published for the last twelve evaluated periods, oldest
 * to newest, with a line chart of the organisation, the three units worst this month (in a unit's workbook: that unit)
 * and the target. A period in which a unit was not scored is left empty.
 */
final class TrendSheet {

    private static final int CHARTED_UNITS = 3;
    /** The organisation's line first, then the units'. */
    private static final PresetColor[] COLORS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
        PresetColor.SEA_GREEN, PresetColor.MEDIUM_PURPLE};
    private static final int CHART_ROWS = 20;

    private final ReportTexts texts;
    private final Styles styles;
    private final ReportProperties settings;

    TrendSheet(ReportTexts texts, Styles styles, ReportProperties settings) {
        this.texts = texts;
        this.styles = styles;
        this.settings = settings;
    }

    void write(XSSFWorkbook workbook, Scoreboard board, PrintLayout.Heading heading, String focus) {
        XSSFSheet sheet = workbook.createSheet(texts.sheet("trend"));
        List<YearMonth> periods = List.copyOf(board.trend().keySet());
        Row header = sheet.createRow(0);
        List<String> headers = new ArrayList<>(List.of(texts.column("unitName"), texts.column("unitCode")));
        periods.forEach(period -> headers.add(texts.shortPeriodName(period)));
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, (i == 0 ? 34 : i == 1 ? 9 : 10) * 256);
        }
        header.setHeightInPoints(32);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {ScoreHistory.ORGANISATION, texts.text("label.total")});
        List<UnitFigures> units = focus == null ? board.units() : List.of(board.unit(focus));
        units.stream().filter(u -> !u.unitCode().isEmpty())
                .forEach(u -> rows.add(new String[] {u.unitCode(), u.unitName()}));
        int r = 0;
        for (String[] unit : rows) {
            Cells cells = new Cells(sheet.createRow(++r), styles)
                    .text(unit[1], r == 1 ? styles.bold : styles.plain)
                    .text(unit[0].equals(ScoreHistory.ORGANISATION) ? "" : unit[0]);
            for (YearMonth period : periods) {
                UnitScore score = board.trend().get(period).get(unit[0]);
                cells.number(score == null ? null : score.score(), styles.decimal);
            }
        }
        sheet.createFreezePane(2, 1);
        if (!periods.isEmpty()) {
            List<Integer> charted = new ArrayList<>(List.of(1));
            int worst = focus == null ? CHARTED_UNITS : 1;
            for (int i = 2; i <= rows.size() && charted.size() <= worst; i++) {
                charted.add(i);
            }
            Row target = sheet.createRow(++r);
            target.setZeroHeight(true);
            for (int i = 0; i < periods.size(); i++) {
                target.createCell(2 + i).setCellValue(settings.targetScore());
            }
            sheet.setRowBreak(r);
            chart(sheet, periods.size(), charted, r, r + 2);
        }
        PrintLayout.apply(sheet, heading, 0, headers.size() - 1);
    }

    /** One line per charted row (the organisation first), and the target from its hidden row. */
    private void chart(XSSFSheet sheet, int periods, List<Integer> rows, int targetRow, int top) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, Math.max(8, periods + 2),
                top + CHART_ROWS));
        chart.setTitleText(texts.text("chart.trendTitle"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.setPlotOnlyVisibleCells(false);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis score = chart.createValueAxis(AxisPosition.LEFT);
        score.setCrosses(AxisCrosses.AUTO_ZERO);
        score.setMinimum(0);
        score.setMaximum(100);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, score);
        XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(0, 0, 2, periods + 1));
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            var series = (XDDFLineChartData.Series) lines.addSeries(labels,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(row, row, 2, periods + 1)));
            series.setTitle(sheet.getRow(row).getCell(0).getStringCellValue(), null);
            series.setMarkerStyle(MarkerStyle.NONE);
            series.setSmooth(false);
            series.setShapeProperties(stroke(COLORS[i % COLORS.length], i == 0 ? 3.0 : 1.75));
        }
        var line = (XDDFLineChartData.Series) lines.addSeries(labels, XDDFDataSourcesFactory.fromNumericCellRange(
                sheet, new CellRangeAddress(targetRow, targetRow, 2, periods + 1)));
        line.setTitle(texts.format("chart.target", number(settings.targetScore())), null);
        line.setMarkerStyle(MarkerStyle.NONE);
        line.setSmooth(false);
        line.setShapeProperties(stroke(PresetColor.DARK_RED, 2.0));
        chart.plot(lines);
    }

    /** LibreOffice draws a line series only with an explicit line fill. */
    private static XDDFShapeProperties stroke(PresetColor color, double width) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(width);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        return shape;
    }
}

package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interface contract of DESIGN §4 as an operator meets it: the packaged jar, run in an empty folder.
 */
class JarContractIT {

    private static final Path JAR = Path.of("target/mailbox-compliance.jar").toAbsolutePath();

    @TempDir
    Path workDir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the jar finished within 10 minutes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void demoWritesTheMonthlyWorkbookOfThePreviousMonthAndARerunFindsThePeriodCompleted() throws Exception {
        YearMonth period = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);
        Path workbook = workDir.resolve("reports/" + period + "/mailbox-compliance-" + period + ".xlsx");

        Run first = run();

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Report: " + workbook);
        for (String code : List.of("MAILBOX_USED_AFTER_LEAVING", "PERSONAL_MAILBOX_UNATTENDED",
                "STAFF_WITHOUT_MAILBOX", "ORPHAN_MAILBOX")) {
            assertThat(first.out()).as("the demo has an example of " + code).containsPattern(code + " +[1-9]");
        }
        assertThat(workbook).isRegularFile();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(read.getNumberOfSheets()).isEqualTo(8);
            assertThat(read.getSheetName(0)).isEqualTo("Tổng hợp");
            assertThat(read.getSheetName(5)).isEqualTo("Phạm vi quét");
            assertThat(read.getSheetName(6)).isEqualTo("Phương pháp");
            assertThat(header(read.getSheet("Xu hướng"))).as("the demo lived three months before its period")
                    .hasSize(2 + 4).endsWith("T" + period.getMonthValue() + "/" + period.getYear());
            assertThat(new DataFormatter().formatCellValue(read.getSheet("Tổng hợp").getRow(3).getCell(1)))
                    .as("a change against last month").contains("thay đổi");
            Sheet coverage = read.getSheet("Phạm vi quét");
            assertThat(header(coverage)).startsWith("Mã đơn vị", "Tên đơn vị", "Hộp thư", "Tên hiển thị");
            assertThat(coverage.getLastRowNum()).as("a row per demo mailbox").isGreaterThan(300);
            for (String sheet : List.of("Mật khẩu", "Hộp thư đơn vị", "Sử dụng cá nhân", "Danh mục hộp thư")) {
                assertThat(read.getSheet(sheet).getLastRowNum()).as(sheet + " has findings").isPositive();
            }
            List<String> article16 = new java.util.ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (org.apache.poi.ss.usermodel.Row row : read.getSheet("Danh mục hộp thư")) {
                String code = formatter.formatCellValue(row.getCell(4));
                StringBuilder details = new StringBuilder();
                row.forEach(cell -> details.append(formatter.formatCellValue(cell)).append(' '));
                if (code.equals("UNSIGNED_OFFICIAL_MAIL") || code.equals("WORK_MAIL_TO_FREE_WEBMAIL")
                        || code.equals("EXTERNAL_FORWARDING") && details.toString().contains("Sieve")) {
                    article16.add(code);
                }
            }
            assertThat(article16).as("the demo shows each article-16 case from sent mail and Sieve")
                    .contains("UNSIGNED_OFFICIAL_MAIL", "WORK_MAIL_TO_FREE_WEBMAIL", "EXTERNAL_FORWARDING");
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workbook))).isEqualTo("rw-r-----");
        try (var units = Files.list(workbook.resolveSibling("units"))) {
            assertThat(units.filter(p -> p.toString().endsWith(".xlsx")).count()).as("a workbook per unit")
                    .isGreaterThanOrEqualTo(15);
        }
        printsAsItsReadersPrintIt(workbook);
        auditOfTheMonthReconcilesWithTheMonthlyReportFromTheDatabaseAlone(period);

        Run again = run("demo");

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("already evaluated").contains(workbook.toString());
        assertThat(first.out().split("Directory synchronised", -1)).as("the directory is logged once for the month")
                .hasSize(2);

        Run english = run("demo", "--compliance.report.locale=en");

        assertThat(english.exit()).as(english.err()).isZero();
        assertThat(english.out()).contains("already evaluated").contains(workbook.toString())
                .contains("compliance.report.locale=en was not applied: that workbook was written in vi");
    }

    @Test
    void aHalfConfiguredMonthlyStopsInOneLineNamingTheSettingBeforeAnyJobOrFileExists() throws Exception {
        Run monthly;
        try (ServerSocket imap = new ServerSocket(0)) {
            monthly = run("monthly", "--period", "2026-10", "--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imap.getLocalPort());
        }

        assertThat(monthly.exit()).isEqualTo(2);
        assertThat(monthly.err()).contains("spring.datasource.url").doesNotContain("run the same command again")
                .hasLineCount(1);
        assertThat(monthly.out()).isEmpty();
        assertThat(workDir.resolve("data")).doesNotExist();
        assertThat(workDir.resolve("reports")).doesNotExist();
    }

    @Test
    void everyOtherCommandWithoutAMailServerStopsWithUsageStatusAndPointsToTheDemo() throws Exception {
        Run monthly = run("monthly", "--period", "2026-10");

        assertThat(monthly.exit()).isEqualTo(2);
        assertThat(monthly.err()).contains("compliance.imap.host").contains("demo");
        assertThat(workDir.resolve("data")).doesNotExist();
        assertThat(workDir.resolve("reports")).doesNotExist();
    }

    /**
     * LibreOffice opens the workbook without repair and prints it in a bounded number of A4 pages, the Summary's
     * headline and every unit's line on the first page.
     */
    private void printsAsItsReadersPrintIt(Path workbook) throws Exception {
        Path profile = workDir.resolve("lo-profile");
        Process convert = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", workDir.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("soffice.txt").toFile()).start();
        assertThat(convert.waitFor(5, TimeUnit.MINUTES)).isTrue();
        Path pdf = workDir.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).as(Files.readString(workDir.resolve("soffice.txt"))).isRegularFile();
        String soffice = Files.readString(workDir.resolve("soffice.txt"));
        assertThat(soffice).doesNotContainIgnoringCase("repair").doesNotContainIgnoringCase("error");
        int pages = Integer.parseInt(output("pdfinfo", pdf.toString()).lines()
                .filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
        assertThat(pages).as("the demo's monthly workbook in print").isBetween(4, 40);
        String first = output("pdftotext", "-f", "1", "-l", "1", "-layout", pdf.toString(), "-");
        assertThat(first).contains("Điểm tuân thủ toàn cơ quan").contains("Ba đơn vị điểm thấp nhất")
                .contains("Tổng cộng").contains("Trang 1/");
        String second = output("pdftotext", "-f", "2", "-l", "2", "-layout", pdf.toString(), "-");
        assertThat(second).as("the Summary prints on one page").doesNotContain("Điểm tuân thủ toàn cơ quan")
                .contains("Mật khẩu");
    }

    /** audit for the whole month reads only the demo's database and finds exactly the monthly report's findings. */
    private void auditOfTheMonthReconcilesWithTheMonthlyReportFromTheDatabaseAlone(YearMonth period)
            throws Exception {
        String database = "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("data/demo/mailbox-compliance")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE";
        Run unknown = run("audit", "--from", period.atDay(1).toString(), "--to", period.atEndOfMonth().toString(),
                "--unit", "NOPE", database);
        assertThat(unknown.exit()).as(unknown.err()).isEqualTo(2);
        assertThat(unknown.err()).contains("NOPE").contains("VP");

        Run audit = run("audit", "--from", period.atDay(1).toString(), "--to", period.atEndOfMonth().toString(),
                "--unit", "vp", database);
        assertThat(audit.exit()).as(audit.err()).isZero();
        Path export = Path.of(audit.out().lines().filter(l -> l.startsWith("Report: ")).findFirst().orElseThrow()
                .substring("Report: ".length()));
        assertThat(export.getFileName().toString()).startsWith("mailbox-audit-" + period.atDay(1) + "_"
                + period.atEndOfMonth() + "_VP_");
        try (InputStream in = Files.newInputStream(export); XSSFWorkbook read = new XSSFWorkbook(in)) {
            List<String> scope = new ArrayList<>();
            read.getSheet("Phạm vi").forEach(row -> scope.add(new DataFormatter().formatCellValue(row.getCell(0))));
            assertThat(scope).anyMatch(line -> line.startsWith("Kỳ " + period + ": ")
                    && line.endsWith("phát hiện, khớp báo cáo tháng"));
        }
    }

    private static String output(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    private static List<String> header(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        Row row = sheet.getRow(0);
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        return cells;
    }
}

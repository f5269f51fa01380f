package vn.mailcompliance.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterOverlayTest {

    @TempDir
    Path dir;

    private final DirectorySource mailServer = () -> new DirectoryRead(List.of(new Unit("X", "X")), List.of(
            account("vanphong@most.gov.vn"), account("an@most.gov.vn"), account("binh@most.gov.vn"),
            account("nhom@most.gov.vn", MailboxKind.GROUP)),
            Map.of(), Map.of(), List.of());

    private static Account account(String address) {
        return account(address, MailboxKind.PERSONAL);
    }

    private static Account account(String address, MailboxKind kind) {
        return new Account(address, "server name", "X", kind, null, true,
                LocalDateTime.of(2025, 1, 1, 8, 0), null, null, null, "iredmail");
    }

    private DirectoryRead overlay(String csvText) throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, csvText, StandardCharsets.UTF_8);
        return new RosterOverlay(mailServer, csv).read();
    }

    private static Account accountOf(DirectoryRead read, String address) {
        return read.accounts().stream().filter(a -> a.address().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void anUnterminatedQuoteRejectsOnlyItsOwnRowWithItsLineNumber() throws Exception {
        DirectoryRead read = overlay("""
                unit_code,unit_name,full_name,mailbox,mailbox_kind
                VP,Văn phòng,"Trần An,an@most.gov.vn,personal
                VP,Văn phòng,Lê Bình,binh@most.gov.vn,personal
                VP,Văn phòng,,vanphong@most.gov.vn,unit
                """);
        assertThat(read.rejections()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(2);
            assertThat(r.reason()).contains("not valid CSV");
        });
        assertThat(accountOf(read, "binh@most.gov.vn").unitCode()).isEqualTo("VP");
        assertThat(accountOf(read, "vanphong@most.gov.vn").kind()).isEqualTo(MailboxKind.UNIT);
    }

    @Test
    void anImpossibleLeavingDayIsRejectedNotRolledBack() throws Exception {
        DirectoryRead read = overlay("""
                unit_code,mailbox,left_on
                VP,an@most.gov.vn,31/02/2026
                VP,binh@most.gov.vn,28/02/2026
                """);
        assertThat(read.rejections()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(2);
            assertThat(r.reason()).startsWith("unparseable date in left_on: '31/02/2026'");
        });
        assertThat(accountOf(read, "binh@most.gov.vn").leftOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aRosterWithoutMailboxKindKeepsTheDirectorysKinds() throws Exception {
        DirectoryRead read = overlay("""
                unit_code,mailbox,full_name
                VP,nhom@most.gov.vn,
                VP,an@most.gov.vn,Trần An
                """);
        assertThat(accountOf(read, "nhom@most.gov.vn").kind()).isEqualTo(MailboxKind.GROUP);
        assertThat(accountOf(read, "an@most.gov.vn").kind()).isEqualTo(MailboxKind.PERSONAL);
        assertThat(read.rejections()).isEmpty();
    }

    @Test
    void aStaffRowWithoutMailboxIsAPersonNotYetIssuedOne() throws Exception {
        DirectoryRead read = overlay("""
                unit_code,unit_name,full_name,employee_id,mailbox,mailbox_kind,left_on
                KH,Vụ Kế hoạch,Phạm Chi,NV07,,personal,
                KH,Vụ Kế hoạch,Đỗ Dũng,NV08,,,2026-10-01
                KH,Vụ Kế hoạch,,,,,
                KH,Vụ Kế hoạch,,,,unit,
                KH,Vụ Kế hoạch,,NV09,,,
                """);
        assertThat(read.staffWithoutMailbox())
                .extracting(DirectoryRead.StaffMember::rowNumber, DirectoryRead.StaffMember::fullName,
                        DirectoryRead.StaffMember::employeeId, DirectoryRead.StaffMember::unitCode)
                .containsExactly(tuple(2, "Phạm Chi", "NV07", "KH"),
                        tuple(6, null, "NV09", "KH"));
        assertThat(read.rejections()).extracting(DirectoryRead.Rejection::rowNumber, DirectoryRead.Rejection::reason)
                .containsExactly(
                        tuple(4, "a staff row without a mailbox needs full_name or"
                                + " employee_id"),
                        tuple(5, "a unit row needs its mailbox: fill in mailbox"));
        assertThat(read.units()).extracting(Unit::code).containsExactly("KH");
    }

    @Test
    void leaderAddressAndSigningDutyComeFromTheRoster() throws Exception {
        DirectoryRead read = overlay("""
                Mã đơn vị,Hộp thư,Loại hộp thư,Thư lãnh đạo đơn vị,Ký số thư
                VP,vanphong@most.gov.vn,unit,Lanh.Dao@most.gov.vn,
                VP,an@most.gov.vn,personal,,có
                VP,binh@most.gov.vn,personal,khac@most.gov.vn,không
                KH,nhom@most.gov.vn,group,,maybe
                """);
        assertThat(read.units()).containsExactly(new Unit("VP", "VP", "lanh.dao@most.gov.vn"));
        assertThat(accountOf(read, "an@most.gov.vn").signsMail()).isTrue();
        assertThat(accountOf(read, "vanphong@most.gov.vn").signsMail()).isFalse();
        assertThat(read.rejections()).extracting(DirectoryRead.Rejection::rowNumber, DirectoryRead.Rejection::reason)
                .containsExactlyInAnyOrder(
                        tuple(4, "unit VP already has leader_email lanh.dao@most.gov.vn"
                                + " on an earlier row: give one leader per unit"),
                        tuple(5, "unknown signs_mail 'maybe': use yes or no (có / không)"));
    }

    @Test
    void csvRosterWithBomAndVietnameseHeadersGivesUnitsKindsAndLeavers() throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "\uFEFFHộp thư,Mã đơn vị,Tên đơn vị,Họ và tên,Mã nhân viên,Loại hộp thư,Ngày nghỉ việc\n"
                + "vanphong@most.gov.vn,VP,Văn phòng,,,unit,\n"
                + "AN@most.gov.vn,VP,Văn phòng,\"Trần, An\",NV01,personal,15/10/2026\n", StandardCharsets.UTF_8);
        DirectoryRead read = new RosterOverlay(mailServer, csv).read();
        assertThat(read.units()).containsExactly(new Unit("VP", "Văn phòng"));
        assertThat(read.accounts()).filteredOn(a -> a.address().equals("vanphong@most.gov.vn")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(MailboxKind.UNIT));
        assertThat(read.accounts()).filteredOn(a -> a.address().equals("an@most.gov.vn")).singleElement()
                .satisfies(a -> {
                    assertThat(a.displayName()).isEqualTo("Trần, An");
                    assertThat(a.employeeId()).isEqualTo("NV01");
                    assertThat(a.leftOn()).isEqualTo(LocalDate.of(2026, 10, 15));
                    assertThat(a.unitCode()).isEqualTo("VP");
                });
        assertThat(read.accounts()).filteredOn(a -> a.address().equals("binh@most.gov.vn")).singleElement()
                .satisfies(a -> assertThat(a.unitCode()).isEqualTo("X"));
        assertThat(read.rejections()).isEmpty();
    }

    @Test
    void csvRosterBadRowsAreRejectedWithTheirRowNumbers() throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, """
                unit_code,mailbox,mailbox_kind,left_on
                VP,an@most.gov.vn,personal,
                VP,an@most.gov.vn,personal,
                ,binh@most.gov.vn,personal,
                VP,not-an-address,personal,
                VP,vanphong@most.gov.vn,boss,
                KH,binh@most.gov.vn,personal,31-31-2026
                KH,ghost@most.gov.vn,personal,
                """, StandardCharsets.UTF_8);
        DirectoryRead read = new RosterOverlay(mailServer, csv).read();
        assertThat(read.rejections()).extracting(DirectoryRead.Rejection::rowNumber, DirectoryRead.Rejection::reason)
                .satisfiesExactly(
                        r -> assertThat(r.toList()).containsExactly(3, "duplicate mailbox: already listed on an earlier row"),
                        r -> assertThat(r.toList().get(1).toString()).startsWith("unknown unit"),
                        r -> assertThat(r.toList().get(1).toString()).startsWith("not a valid mail address"),
                        r -> assertThat(r.toList().get(1).toString()).startsWith("unknown mailbox_kind"),
                        r -> assertThat(r.toList().get(1).toString()).startsWith("unparseable date in left_on"),
                        r -> assertThat(r.toList()).containsExactly(8,
                                "mailbox is not on the mail server: fix the address or remove the row"));
        assertThat(read.rejections()).allSatisfy(r -> assertThat(r.source()).isEqualTo("roster.csv"));
    }

    @Test
    void xlsxRosterWithDateCellsAndBadRowsIsRead() throws Exception {
        Path xlsx = dir.resolve("roster.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("Nhân sự");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[][] rows = {
                    {"Mã đơn vị", "Tên đơn vị", "Họ và tên", "Hộp thư", "Loại hộp thư", "Ngày nghỉ việc"},
                    {"VP", "Văn phòng", "Trần An", "an@most.gov.vn", "Cá nhân", null},
                    {"VP", "Văn phòng", "", "vanphong@most.gov.vn", "Đơn vị", ""},
                    {"VP", "Văn phòng", "", "an@most.gov.vn", "personal", ""},
                    {"KH", "Kế hoạch", "Lê Bình", "binh@most.gov.vn", "personal", "soon"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(5).setCellValue(LocalDate.of(2026, 9, 30));
            sheet.getRow(1).getCell(5).setCellStyle(date);
            workbook.write(out);
        }
        DirectoryRead read = new RosterOverlay(mailServer, xlsx).read();
        assertThat(read.accounts()).filteredOn(a -> a.address().equals("an@most.gov.vn")).singleElement()
                .satisfies(a -> assertThat(a.leftOn()).isEqualTo(LocalDate.of(2026, 9, 30)));
        assertThat(read.accounts()).filteredOn(a -> a.address().equals("vanphong@most.gov.vn")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(MailboxKind.UNIT));
        assertThat(read.rejections()).extracting(DirectoryRead.Rejection::source, DirectoryRead.Rejection::rowNumber)
                .containsExactly(tuple("roster.xlsx", 4),
                        tuple("roster.xlsx", 5));
    }

    @Test
    void rosterWithoutTheMailboxColumnStopsTheRunNamingIt() throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "unit_code,full_name\nVP,Trần An\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new RosterOverlay(mailServer, csv).read())
                .isInstanceOf(DirectoryUnavailableException.class).hasMessageContaining("no column mailbox")
                .hasMessageContaining("roster.csv");
    }

    @Test
    void missingRosterFileStopsTheRunNamingIt() {
        assertThatThrownBy(() -> new RosterOverlay(mailServer, dir.resolve("nope.xlsx")).read())
                .isInstanceOf(DirectoryUnavailableException.class).hasMessageContaining("nope.xlsx")
                .hasMessageContaining("compliance.directory.roster");
    }
}

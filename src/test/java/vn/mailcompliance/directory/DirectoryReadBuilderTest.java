package vn.mailcompliance.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DirectoryReadBuilderTest {

    private static final String LONG_DEPARTMENT =
            "Trung tâm Chuyển đổi số và Thống kê Khoa học, Công nghệ và Đổi mới sáng tạo quốc gia";

    @Test
    void anAccountInADepartmentTooLongForAUnitCodeKeepsItsPasswordExemptionAndLastDelivery() {
        LocalDateTime delivered = LocalDateTime.of(2026, 11, 28, 9, 30);
        Account exempt = new Account("an@most.gov.vn", "Nguyễn Văn An", LONG_DEPARTMENT, MailboxKind.PERSONAL, null,
                true, LocalDateTime.of(2025, 1, 1, 8, 0), null, null, null, "ad", true, false, true, delivered);
        DirectoryReadBuilder builder = new DirectoryReadBuilder();

        assertThat(builder.account("ad", 1, "an@most.gov.vn", exempt)).isTrue();

        Account stored = builder.build().accounts().get(0);
        assertThat(stored.unitCode()).isEqualTo(ColumnLimits.unitCode(LONG_DEPARTMENT)).isNotEqualTo(LONG_DEPARTMENT);
        assertThat(stored.passwordExempt()).isTrue();
        assertThat(stored.lastDeliveryAt()).isEqualTo(delivered);
    }
}

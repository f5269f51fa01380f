package vn.mailcompliance.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DirectoryPropertiesTest {

    @Test
    void settingsPrintedAnywhereNeverShowTheDirectoryPassword() {
        var settings = new DirectoryProperties(DirectoryProperties.Kind.IREDMAIL, "jdbc:mysql://mail.example.vn/vmail",
                "audit", "Vmail-s3cret", null, Path.of("jobs/directory.sql"), List.of());

        assertThat(settings.toString()).contains("mail.example.vn", "audit").doesNotContain("Vmail-s3cret");
    }
}

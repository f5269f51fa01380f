package vn.mailcompliance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiKeysTest {

    @Test
    void vietnameseTextLosesItsDiacriticsCaseSpacesAndPunctuation() {
        assertThat(AsciiKeys.of("Mã đơn vị")).isEqualTo("madonvi");
        assertThat(AsciiKeys.of("Nguyễn.Văn-An 1985")).isEqualTo("nguyenvanan1985");
        assertThat(AsciiKeys.of("ĐỖ ĐỨC")).isEqualTo("doduc");
        assertThat(AsciiKeys.of(null)).isEmpty();
    }
}

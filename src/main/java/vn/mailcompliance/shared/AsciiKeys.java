package vn.mailcompliance.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text reduced to a key for comparison: no diacritics ("đ" is "d"), no case, only letters and digits. */
public final class AsciiKeys {

    private AsciiKeys() {
    }

    /** "Mã đơn vị" → "madonvi", "Nguyễn.Văn-An" → "nguyenvanan"; {@code null} → "". */
    public static String of(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text.replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}

package vn.mailcompliance.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Vietnamese full names drawn from common family, middle and given names, and their ASCII mail-address forms. */
final class VietnameseNames {

    private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
            "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh",
            "Mai", "Tạ", "Đào", "Cao", "Lương", "Chu");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công",
            "Xuân", "Mạnh", "Tuấn", "Anh", "Việt", "Trọng", "Ngọc");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương",
            "Hồng", "Thùy", "Kim", "Bích", "Diệu", "Hải");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Huy",
            "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Hiếu", "Đạt",
            "Tâm", "Toàn", "Hoàng", "Lâm", "Kiên", "Thành", "Tùng", "Đông", "Quang", "Nghĩa");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Châu", "Dung", "Giang", "Hà", "Hằng", "Hạnh",
            "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Vân",
            "Yến", "Huyền", "Loan", "Ly", "Nga", "Thủy", "Tuyết", "Liên");

    private VietnameseNames() {
    }

    static String fullName(Random random) {
        boolean female = random.nextBoolean();
        return pick(random, FAMILY) + " " + pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                + pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
    }

    /** {@code Nguyễn Văn An} → {@code annv} (the ministry's usual convention) or {@code an.nguyenvan}. */
    static String localPart(String fullName, boolean dotted) {
        String[] parts = fold(fullName).split(" ");
        String given = parts[parts.length - 1];
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            rest.append(dotted ? parts[i] : parts[i].substring(0, 1));
        }
        return dotted ? given + "." + rest : given + rest;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String pick(Random random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}

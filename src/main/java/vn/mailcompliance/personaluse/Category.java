package vn.mailcompliance.personaluse;

import java.util.Locale;

/** The kinds of personal service whose registration with an official mailbox article 16 forbids. */
public enum Category {
    BANKING("Ngân hàng", "Banking"),
    E_WALLET_PAYMENT("Ví điện tử, thanh toán", "E-wallet and payment"),
    SOCIAL_MESSAGING("Mạng xã hội, nhắn tin", "Social network and messaging"),
    E_COMMERCE("Thương mại điện tử, mua sắm", "E-commerce and shopping"),
    ENTERTAINMENT_STREAMING("Giải trí, xem phim, nghe nhạc", "Entertainment and streaming"),
    GAMES("Trò chơi trực tuyến", "Online games"),
    DATING("Hẹn hò", "Dating"),
    TRAVEL_RIDE_HAILING("Du lịch, vé máy bay, gọi xe", "Travel and ride-hailing"),
    PERSONAL_CLOUD_WEBMAIL("Thư điện tử, lưu trữ đám mây cá nhân", "Personal webmail and cloud"),
    CRYPTO_TRADING("Tiền mã hóa, sàn giao dịch", "Crypto trading");

    private final String vietnamese;
    private final String english;

    Category(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /** The label in the report's language: Vietnamese unless the locale's language is English. */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : vietnamese;
    }
}

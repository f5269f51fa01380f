package vn.mailcompliance.personaluse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.personaluse.MessageKind.ACCOUNT_ACTIVITY;
import static vn.mailcompliance.personaluse.MessageKind.MARKETING;
import static vn.mailcompliance.personaluse.MessageKind.REGISTRATION;

/** Vietnamese subjects written for these tests (the corpus has no genuine Vietnamese mail). */
class SubjectClassifierTest {

    @Test
    void bankBalanceAlertIsAccountActivity() {
        assertThat(SubjectClassifier.classify("Vietcombank: Biến động số dư tài khoản 0011001234567")).isEqualTo(ACCOUNT_ACTIVITY);
    }

    @Test
    void bankBalanceAlertWithoutDiacriticsIsAccountActivity() {
        assertThat(SubjectClassifier.classify("BIEN DONG SO DU TK 0011001234567")).isEqualTo(ACCOUNT_ACTIVITY);
    }

    @Test
    void foldingRemovesMarksAndMapsDStroke() {
        assertThat(SubjectClassifier.fold("  ĐĂNG   Ký\tTHÀNH CÔNG ")).isEqualTo("dang ky thanh cong");
        assertThat(SubjectClassifier.fold("Đặt lại mật khẩu")).isEqualTo("dat lai mat khau");
        assertThat(SubjectClassifier.fold(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Mã xác thực Zalo của bạn là 482913          | ACCOUNT_ACTIVITY",
            "Ma xac thuc Zalo                            | ACCOUNT_ACTIVITY",
            "Shopee: Xác nhận đơn hàng #240915ABC        | ACCOUNT_ACTIVITY",
            "xac nhan don hang 240915ABC                 | ACCOUNT_ACTIVITY",
            "MoMo: Mã OTP của bạn là 123456              | ACCOUNT_ACTIVITY",
            "MOMO - MA OTP CUA BAN LA 123456             | ACCOUNT_ACTIVITY",
            "Chào mừng bạn đến với Tiki                  | REGISTRATION",
            "chao mung ban den voi Tiki                  | REGISTRATION",
            "Xác nhận đăng ký tài khoản VieON            | REGISTRATION",
            "XAC NHAN DANG KY                            | REGISTRATION",
            "Kích hoạt tài khoản Galaxy Play             | REGISTRATION",
            "Đặt lại mật khẩu                            | ACCOUNT_ACTIVITY",
            "Đăng nhập mới vào tài khoản Zalo            | ACCOUNT_ACTIVITY",
            "Thông báo giao dịch thẻ                     | ACCOUNT_ACTIVITY",
            "Đơn hàng của bạn đã được giao               | ACCOUNT_ACTIVITY",
            "Vietjet: Xác nhận hành trình chuyến bay     | ACCOUNT_ACTIVITY",
            "Sao kê tài khoản tháng 10/2026              | ACCOUNT_ACTIVITY",
            "Ưu đãi thanh toán qua ZaloPay giảm 50%      | MARKETING",
            "Siêu sale 11.11 - Khuyến mãi đến 70%        | MARKETING",
            "Bản tin tháng 10                            | MARKETING",
            "Welcome to Netflix                          | REGISTRATION",
            "Please verify your email address            | REGISTRATION",
            "Confirm your account                        | REGISTRATION",
            "Activate your Binance account               | REGISTRATION",
            "Your one-time code is 123456                | ACCOUNT_ACTIVITY",
            "Password reset request                      | ACCOUNT_ACTIVITY",
            "New sign-in to your account                 | ACCOUNT_ACTIVITY",
            "Your statement is ready                     | ACCOUNT_ACTIVITY",
            "Your order has shipped                      | ACCOUNT_ACTIVITY",
            "Security alert                              | ACCOUNT_ACTIVITY",
            "Your trip confirmation (DCA - DEN)          | ACCOUNT_ACTIVITY",
            "Up to $30 Off Multivitamins!                | MARKETING",
            "¡Te damos la bienvenida a Amazon Prime!     | REGISTRATION",
            "Transferencia Interbancaria Banca en Línea  | ACCOUNT_ACTIVITY",
            "Meet the new MacBook Pro family.            | MARKETING",
    })
    void subjectsAreClassified(String subject, MessageKind expected) {
        assertThat(SubjectClassifier.classify(subject)).isEqualTo(expected);
    }

    @Test
    void missingSubjectIsMarketing() {
        assertThat(SubjectClassifier.classify(null)).isEqualTo(MARKETING);
        assertThat(SubjectClassifier.classify("   ")).isEqualTo(MARKETING);
        assertThat(SubjectClassifier.classify("\uFFFD\u0000\uD83E\uDD84")).isEqualTo(MARKETING);
    }

    @Test
    void wordsInsideOtherWordsDoNotMatch() {
        assertThat(SubjectClassifier.classify("Wholesale bordering notes")).isEqualTo(MARKETING);
        assertThat(SubjectClassifier.classify("Botpress update")).isEqualTo(MARKETING);
    }
}

package vn.mailcompliance.personaluse;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Arrays;

/**
 * Judges a service's message from its Subject alone (the body is never fetched). Subjects are folded first
 * (NFD, combining marks removed, đ/Đ → d, lower case, spaces collapsed), so "Biến động số dư" and "BIEN DONG SO DU"
 * read alike. Rules, first match wins:
 * <ol>
 *   <li>unmistakable account activity: codes (OTP), password, new sign-in, security alert, balance change;</li>
 *   <li>unmistakable registration: welcome, confirm/verify the e-mail address, activate/create the account;</li>
 *   <li>promotion words (ưu đãi, khuyến mãi, % off, sale …): marketing, even when they mention payment or orders;</li>
 *   <li>account activity: statements, transactions, transfers, payments, orders, deliveries, trips, bookings;</li>
 *   <li>bare confirm / verify / activate (xác nhận, xác thực, kích hoạt): registration;</li>
 *   <li>otherwise marketing.</li>
 * </ol>
 * Vietnamese and English, plus cheap words of the other languages seen in the corpus (Spanish, German, Italian,
 * French, Polish, Dutch, Slovak).
 */
final class SubjectClassifier {

    private static final List<Pattern> STRONG_ACTIVITY = patterns(
            // Vietnamese
            "ma otp", "\\botp\\b", "ma xac (thuc|minh|nhan)", "ma bao mat", "ma dang nhap",
            "bien dong so du", "so du (tai khoan|tk)", "thay doi so du",
            "(dat lai|khoi phuc|doi|thay doi|quen) mat khau", "mat khau (moi|da duoc|cua ban)",
            "dang nhap (moi|tren thiet bi|tu thiet bi|bat thuong|la)", "thiet bi moi", "canh bao (bao mat|dang nhap)",
            // English
            "one[- ]?time (code|password|passcode|pin)", "(verification|security|login|sign[- ]?in|access|confirmation) code",
            "\\bcode is\\b", "\\bpasscode\\b", "\\bpassword\\b", "new (sign[- ]?in|log[- ]?in|device)",
            "(sign[- ]?in|log[- ]?in) (attempt|alert|from)", "security (alert|notice|notification)",
            "unusual (activity|sign[- ]?in|log[- ]?in)", "accepted your invitation",
            // German, Spanish, French, Italian
            "angemeldet", "anmeldung", "passwort", "contrasena", "mot de passe", "codigo de (verificacion|seguridad)");

    private static final List<Pattern> STRONG_REGISTRATION = patterns(
            // Vietnamese
            "chao mung", "xac nhan dang ky", "dang ky (thanh cong|tai khoan)", "(kich hoat|tao|mo) tai khoan",
            "xac (nhan|thuc|minh) (dia chi )?e-?mail", "tai khoan (da duoc|moi) (tao|kich hoat)",
            // English
            "\\bwelcome\\b", "(verify|confirm) your (e-?mail|account|address|registration|sign[- ]?up|subscription)",
            "e-?mail (address )?(confirmation|verification)", "activate your", "\\bactivation\\b",
            "account (created|activated|registration)", "thanks? (you )?for (signing up|registering|joining|creating)",
            "complete your (registration|sign[- ]?up|account)", "registration (confirmed|complete|successful)",
            // Spanish, Portuguese, German, Italian, French
            "bienvenid[oa]", "te damos la bienvenida", "bem-vind[oa]", "willkommen", "benvenut[oa]", "bienvenue",
            "confirma tu (correo|cuenta|registro)", "activa tu cuenta", "bestatige deine",
            "conferma (il tuo|la tua) (account|e-?mail|registrazione|indirizzo)", "confirmez votre (adresse|compte|inscription)");

    private static final List<Pattern> PROMOTION = patterns(
            "uu dai", "khuyen mai", "giam gia", "giam \\d", "san sale", "\\bvoucher\\b", "qua tang", "hoan tien \\d",
            "\\d+ ?% off", "\\bsale\\b", "\\bdeals?\\b", "\\bnewsletter\\b", "\\bpromo", "\\bdiscount\\b",
            "up to [$€£]?\\d+");

    private static final List<Pattern> ACTIVITY = patterns(
            // Vietnamese
            "giao dich", "chuyen khoan", "chuyen tien", "nhan tien", "nap tien", "rut tien", "thanh toan", "sao ke",
            "hoa don", "bien lai", "don hang", "dat hang", "giao hang", "van chuyen", "kien hang", "dang nhap",
            "ve may bay", "dat ve", "dat cho", "chuyen bay", "chuyen di", "chuyen xe", "hanh trinh", "dat phong",
            "so du", "tai khoan cua (ban|quy khach)",
            // English
            "\\bstatements?\\b", "\\btransactions?\\b", "\\btransfer", "\\bpayments?\\b", "\\bpaid\\b", "charge request",
            "\\breceipts?\\b", "\\binvoice", "\\border\\b", "\\borders\\b", "\\bshipped\\b", "\\bshipment\\b", "\\bdispatched\\b",
            "\\bdelivered\\b", "\\bdelivery\\b", "\\bpackage\\b", "\\bparcel\\b", "\\btrip\\b", "\\bbooking\\b",
            "\\breservation\\b", "\\bitinerary\\b", "e-?ticket", "boarding pass", "\\bflight\\b", "\\bcheck-?in\\b",
            "\\brefund", "\\bbalance\\b", "\\b(revision|changes?|update)s? to your\\b.*\\baccount\\b",
            "\\baccount (update|change|alert|notice|statement)",
            // Spanish, German, Italian, French, Dutch, Polish, Slovak
            "transferencia", "\\bpago\\b", "\\bcompra\\b", "\\bpedido\\b", "\\brecibo\\b", "\\benvio\\b",
            "bestellung", "zahlung", "lieferung", "\\bordine\\b", "spedit[oa]", "consegna", "pagamento",
            "\\bcommande\\b", "paiement", "livraison", "bestelling", "betaling",
            "paczk", "zamowieni", "przesylk", "prevod", "platb");

    private static final List<Pattern> WEAK_REGISTRATION = patterns(
            "xac nhan", "xac thuc", "xac minh", "kich hoat", "dang ky",
            "\\bverify\\b", "\\bverification\\b", "\\bconfirm", "\\bactivate\\b", "\\bsign[- ]?up\\b", "\\bregistration\\b",
            "confirma", "bestatig", "conferma", "registrierung", "inscription");

    private SubjectClassifier() {
    }

    static MessageKind classify(String subject) {
        String s = fold(subject);
        if (s.isEmpty()) {
            return MessageKind.MARKETING;
        }
        if (any(STRONG_ACTIVITY, s)) {
            return MessageKind.ACCOUNT_ACTIVITY;
        }
        if (any(STRONG_REGISTRATION, s)) {
            return MessageKind.REGISTRATION;
        }
        if (any(PROMOTION, s)) {
            return MessageKind.MARKETING;
        }
        if (any(ACTIVITY, s)) {
            return MessageKind.ACCOUNT_ACTIVITY;
        }
        if (any(WEAK_REGISTRATION, s)) {
            return MessageKind.REGISTRATION;
        }
        return MessageKind.MARKETING;
    }

    /** Lower case, no diacritics (đ → d), whitespace collapsed; {@code null} → "". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
                case 'ł', 'Ł' -> out.append('l');
                case 'ß' -> out.append("ss");
                default -> out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll(" {2,}", " ").strip();
    }

    private static boolean any(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> patterns(String... regexes) {
        return Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}

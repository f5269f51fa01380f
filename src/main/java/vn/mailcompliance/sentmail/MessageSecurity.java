package vn.mailcompliance.sentmail;

import java.util.Locale;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

/**
 * How a sent message is protected, told by its top-level Content-Type alone (no body, no BODYSTRUCTURE):
 * <ul>
 *   <li>{@link #SMIME_SIGNED}: {@code multipart/signed} with protocol {@code application/pkcs7-signature} or
 *       {@code application/x-pkcs7-signature} (RFC 8551 §3.5.3), or {@code application/pkcs7-mime} /
 *       {@code application/x-pkcs7-mime} with {@code smime-type=signed-data} (opaque signing, §3.5.2);</li>
 *   <li>{@link #SMIME_ENCRYPTED}: {@code application/(x-)pkcs7-mime} with {@code smime-type=enveloped-data} or
 *       {@code authEnveloped-data} (§3.3), and, as older clients write, without any {@code smime-type}; a message
 *       signed and then encrypted looks the same from outside;</li>
 *   <li>{@link #OPENPGP_SIGNED} / {@link #OPENPGP_ENCRYPTED}: {@code multipart/signed} with protocol
 *       {@code application/pgp-signature}, {@code multipart/encrypted} with {@code application/pgp-encrypted}
 *       (RFC 3156) — noted apart: the regulation's digital signature is the state's S/MIME certificates;</li>
 *   <li>{@link #NONE} otherwise, and for a missing or unparsable Content-Type ({@link #malformed} tells which).</li>
 * </ul>
 */
public enum MessageSecurity {
    NONE, SMIME_SIGNED, SMIME_ENCRYPTED, OPENPGP_SIGNED, OPENPGP_ENCRYPTED;

    public static MessageSecurity of(String contentTypeHeader) {
        if (contentTypeHeader == null || contentTypeHeader.isBlank()) {
            return NONE;
        }
        ContentType type;
        try {
            type = new ContentType(contentTypeHeader);
        } catch (ParseException | RuntimeException e) {
            return NONE;
        }
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        String protocol = lower(type.getParameter("protocol"));
        return switch (base) {
            case "multipart/signed" -> switch (protocol) {
                case "application/pkcs7-signature", "application/x-pkcs7-signature" -> SMIME_SIGNED;
                case "application/pgp-signature" -> OPENPGP_SIGNED;
                default -> NONE;
            };
            case "multipart/encrypted" -> "application/pgp-encrypted".equals(protocol) ? OPENPGP_ENCRYPTED : NONE;
            case "application/pkcs7-mime", "application/x-pkcs7-mime" -> {
                String smimeType = lower(type.getParameter("smime-type"));
                yield switch (smimeType) {
                    case "signed-data" -> SMIME_SIGNED;
                    case "enveloped-data", "authenveloped-data", "" -> SMIME_ENCRYPTED;
                    default -> NONE; // certs-only, compressed-data
                };
            }
            default -> NONE;
        };
    }

    /** Whether a Content-Type header is present but cannot be parsed. */
    public static boolean malformed(String contentTypeHeader) {
        if (contentTypeHeader == null || contentTypeHeader.isBlank()) {
            return false;
        }
        try {
            new ContentType(contentTypeHeader);
            return false;
        } catch (ParseException | RuntimeException e) {
            return true;
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
